import type { PickPurpose } from '../shared/schemas/common';
/**
 * Native file dialogs, provided by the Electron shell only. Services receive them as a dependency
 * so they never import Electron; the web door and the CLI have none.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface DesktopDialogs {
  /** Resolves to the chosen path, or null when the user cancelled. */
  openFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  saveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** Opens a file in the program the system uses for its type (e.g. a PDF viewer, to print). */
  openWithSystem(path: string): Promise<boolean>;
}

export const PICK_FILTERS: Record<PickPurpose, FileFilter[]> = {
  roster: [{ name: 'Daftar peserta (Excel atau CSV)', extensions: ['xlsx', 'csv'] }],
  'score-sheet': [{ name: 'Lembar nilai (Excel)', extensions: ['xlsx'] }],
  image: [{ name: 'Gambar (PNG atau JPEG)', extensions: ['png', 'jpg', 'jpeg'] }],
  pdf: [{ name: 'Sertifikat (PDF)', extensions: ['pdf'] }],
};
