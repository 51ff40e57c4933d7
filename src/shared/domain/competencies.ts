/**
 * The national managerial (M.1–M.8) and socio-cultural (SK.1) competencies, levels 1–5, with
 * Asesa's own concise Indonesian descriptors. A programme gets a copy it can edit; technical
 * competencies (T.x) are added per programme.
 */

export const LEVELS = [1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];

export type CompetencyKind = 'managerial' | 'socio-cultural' | 'technical';

export interface LevelDescriptor {
  level: Level;
  title: string;
  description: string;
}

export interface CompetencyPreset {
  code: string;
  name: string;
  kind: CompetencyKind;
  levels: LevelDescriptor[];
}

type Five = [string, string, string, string, string];

function levels(titles: Five, descriptions: Five): LevelDescriptor[] {
  return LEVELS.map((level, i) => ({
    level,
    title: titles[i] as string,
    description: descriptions[i] as string,
  }));
}

// Level titles follow the national pattern: 1 own work, 2 own unit, 3 across units, 4 the agency,
// 5 the nation.
export const NATIONAL_COMPETENCIES: readonly CompetencyPreset[] = [
  {
    code: 'M.1',
    name: 'Integritas',
    kind: 'managerial',
    levels: levels(
      [
        'Jujur dan taat aturan dalam tugasnya sendiri',
        'Menjaga etika dan integritas di unit kerja',
        'Menjadi teladan integritas lintas unit',
        'Membangun budaya integritas di instansi',
        'Teladan integritas tingkat nasional',
      ],
      [
        'Bertindak sesuai nilai, norma, dan etika dalam pekerjaannya sendiri; mengakui kesalahan.',
        'Mengingatkan rekan bila menyimpang dari aturan; menepati komitmen dalam tim.',
        'Memastikan keputusan lintas unit sesuai etika walau tidak populer.',
        'Menciptakan sistem dan budaya kerja yang menumbuhkan integritas di instansi.',
        'Menjadi rujukan integritas dan memperjuangkan nilai-nilai ASN di tingkat nasional.',
      ],
    ),
  },
  {
    code: 'M.2',
    name: 'Kerja Sama',
    kind: 'managerial',
    levels: levels(
      [
        'Berpartisipasi aktif dalam tim',
        'Menumbuhkan kerja sama dalam unit',
        'Membangun kerja sama lintas unit',
        'Membangun jejaring kerja sama instansi',
        'Membangun kerja sama tingkat nasional',
      ],
      [
        'Berbagi informasi dan menyelesaikan bagian tugasnya dalam tim.',
        'Menghargai pendapat anggota tim dan membantu rekan mencapai target bersama.',
        'Menyelesaikan konflik dan memadukan kepentingan antarunit.',
        'Membangun kemitraan strategis dengan instansi lain dan pemangku kepentingan.',
        'Menggalang kolaborasi lintas sektor untuk kepentingan nasional.',
      ],
    ),
  },
  {
    code: 'M.3',
    name: 'Komunikasi',
    kind: 'managerial',
    levels: levels(
      [
        'Menyampaikan informasi dengan jelas',
        'Aktif menjalankan komunikasi dua arah',
        'Berkomunikasi untuk meyakinkan',
        'Mengelola komunikasi yang efektif',
        'Mengarahkan komunikasi strategis',
      ],
      [
        'Menyampaikan informasi lisan dan tertulis secara jelas, runtut, dan sopan.',
        'Mendengarkan aktif, bertanya untuk memahami, dan memberi umpan balik.',
        'Menyesuaikan pesan dengan audiens untuk memengaruhi dan meyakinkan.',
        'Membangun saluran komunikasi instansi dan mengelola pesan yang sensitif.',
        'Menyampaikan gagasan strategis yang berdampak pada kebijakan nasional.',
      ],
    ),
  },
  {
    code: 'M.4',
    name: 'Orientasi pada Hasil',
    kind: 'managerial',
    levels: levels(
      [
        'Bertanggung jawab atas hasil kerjanya',
        'Berupaya meningkatkan hasil kerja',
        'Menetapkan target kerja yang menantang',
        'Mendorong unit mencapai target yang menantang',
        'Meningkatkan capaian kinerja tingkat nasional',
      ],
      [
        'Menyelesaikan tugas sesuai standar, tepat waktu, dan memeriksa hasilnya sendiri.',
        'Mencari cara kerja yang lebih baik dan memantau capaian unitnya.',
        'Menetapkan target di atas standar dan mengelola sumber daya untuk mencapainya.',
        'Mengembangkan sistem kinerja dan mendorong inovasi di instansi.',
        'Menetapkan arah kinerja dan terobosan berskala nasional.',
      ],
    ),
  },
  {
    code: 'M.5',
    name: 'Pelayanan Publik',
    kind: 'managerial',
    levels: levels(
      [
        'Menjalankan pelayanan sesuai standar',
        'Mampu mensupervisi pelayanan',
        'Memperbaiki mutu layanan',
        'Membangun sistem layanan yang prima',
        'Menetapkan kebijakan layanan nasional',
      ],
      [
        'Melayani masyarakat dengan ramah, cepat, dan sesuai prosedur.',
        'Memantau mutu layanan unit dan menindaklanjuti keluhan.',
        'Menganalisis kebutuhan masyarakat dan memperbaiki prosedur layanan.',
        'Merancang sistem layanan yang transparan dan mudah diakses.',
        'Merumuskan kebijakan pelayanan publik berskala nasional.',
      ],
    ),
  },
  {
    code: 'M.6',
    name: 'Pengembangan Diri dan Orang Lain',
    kind: 'managerial',
    levels: levels(
      [
        'Mengembangkan diri sendiri',
        'Meningkatkan kemampuan bawahan',
        'Memberikan bimbingan dan umpan balik',
        'Menyusun program pengembangan',
        'Membangun budaya belajar nasional',
      ],
      [
        'Belajar dari pengalaman dan mencari kesempatan meningkatkan kemampuan.',
        'Memberi kesempatan belajar dan arahan kepada bawahan.',
        'Membimbing, melatih, dan memberi umpan balik yang membangun.',
        'Merancang program pengembangan kompetensi di instansi.',
        'Menciptakan budaya belajar dan kebijakan pengembangan ASN nasional.',
      ],
    ),
  },
  {
    code: 'M.7',
    name: 'Mengelola Perubahan',
    kind: 'managerial',
    levels: levels(
      [
        'Menyesuaikan diri dengan perubahan',
        'Proaktif beradaptasi dengan perubahan',
        'Membantu orang lain menghadapi perubahan',
        'Memimpin perubahan di instansi',
        'Menggerakkan perubahan tingkat nasional',
      ],
      [
        'Menerima perubahan dan menyesuaikan cara kerjanya.',
        'Mencari cara baru dan mengajak rekan mengikuti perubahan.',
        'Menjelaskan manfaat perubahan dan mendampingi tim melewatinya.',
        'Merencanakan dan mengelola perubahan organisasi serta hambatannya.',
        'Menjadi penggerak reformasi birokrasi berskala nasional.',
      ],
    ),
  },
  {
    code: 'M.8',
    name: 'Pengambilan Keputusan',
    kind: 'managerial',
    levels: levels(
      [
        'Mengumpulkan informasi untuk keputusan',
        'Menganalisis masalah secara mendalam',
        'Membandingkan alternatif dan risikonya',
        'Menyelesaikan masalah yang kompleks',
        'Menghasilkan keputusan strategis',
      ],
      [
        'Mengumpulkan fakta dan mengambil keputusan rutin sesuai prosedur.',
        'Mengurai masalah, mencari akar penyebab, dan memilih solusi yang tepat.',
        'Menimbang beberapa alternatif, risiko, dan dampaknya sebelum memutuskan.',
        'Memutuskan dalam situasi tidak pasti dengan mempertimbangkan kepentingan instansi.',
        'Menetapkan keputusan strategis yang berdampak luas dan jangka panjang.',
      ],
    ),
  },
  {
    code: 'SK.1',
    name: 'Perekat Bangsa',
    kind: 'socio-cultural',
    levels: levels(
      [
        'Peka memahami dan menerima perbedaan',
        'Aktif mengembangkan sikap saling menghargai',
        'Mengembangkan sikap saling menghargai lintas unit',
        'Mendayagunakan perbedaan secara konstruktif',
        'Wakil pemerintah membangun hubungan sosial',
      ],
      [
        'Menghargai rekan dan masyarakat dari latar belakang suku, agama, dan budaya yang berbeda.',
        'Membangun hubungan baik dan mencegah prasangka di lingkungan kerjanya.',
        'Menjembatani perbedaan antarunit dan mendorong toleransi.',
        'Mengelola keberagaman menjadi kekuatan dalam program instansi.',
        'Mewakili pemerintah dalam membangun persatuan di tingkat nasional.',
      ],
    ),
  },
];

/** Default standard (required) level per target position level; editable per programme. */
export const DEFAULT_STANDARD_LEVELS: Readonly<Record<string, Level>> = {
  'JPT Utama': 5,
  'JPT Madya': 5,
  'JPT Pratama': 4,
  Administrator: 3,
  Pengawas: 2,
  Pelaksana: 1,
  'Ahli Utama': 4,
  'Ahli Madya': 3,
  'Ahli Muda': 2,
  'Ahli Pertama': 1,
};

export function isLevel(value: unknown): value is Level {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}
