/** The custom Info dictionary key that carries a certificate's verification payload in its PDF. */
export const VERIFICATION_INFO_KEY = 'AsesaVerification';
