// Synthetic data in the app's format (docs/data-format.md), for measuring
// speed only. The people, models, villages and communes are INVENTED: every
// id starts with `synthetic-`, every source's title says "Dữ liệu giả lập
// (synthetic) – không phải người thật", and every entry carries the same words
// in its `note`. Such files never ship: write them under target/ (ignored by
// git), never into public/ or dist/.
//
//   node scripts/synthetic-data.mjs N [out.json]    # stdout when no path
//
//   import { synthesize } from './synthetic-data.mjs';
//   const json = synthesize(10000);                 // the JSON text
//
// Deterministic: a seeded PRNG, so the same N always gives the same bytes.
// Entry i does not depend on N (2,500 entries per commune, in order), so a
// smaller file's entries are the first ones of a larger file's.
// About 1 in 5 entries is a collective model; 10,000 entries are about 5 MB.

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runAsCommand } from "./run-as-command.mjs";

export const SYNTHETIC_NOTE = "Dữ liệu giả lập (synthetic) – không phải người thật";
export const ENTRIES_PER_COMMUNE = 2500;
const SEED = 0x67756f6e; // "guon"

/** mulberry32: small, fast, and good enough for picking words. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  // [value, weight] pairs.
  const weighted = (pairs) => {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [v, w] of pairs) {
      r -= w;
      if (r < 0) return v;
    }
    return pairs[pairs.length - 1][0];
  };
  return { next, int, pick, chance, weighted };
}

/** Lower-case ASCII words joined by `-` (the format's ids). */
export function slug(text) {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

// --- Words -----------------------------------------------------------------

// Family names, roughly as common as in the northern mountain provinces:
// Kinh names and Thái, Tày, Mường, Dao and H'Mông ones.
const FAMILY = [
  ["Nguyễn", 24], ["Trần", 8], ["Lê", 7], ["Phạm", 6], ["Hoàng", 6], ["Vũ", 3],
  ["Đặng", 2], ["Bùi", 3], ["Đỗ", 2], ["Hồ", 1], ["Ngô", 1], ["Dương", 1],
  ["Lý", 1], ["Phan", 2], ["Đinh", 3], ["Hà", 4], ["Lò", 5], ["Lường", 2],
  ["Cầm", 2], ["Vì", 2], ["Lại", 1], ["Đoàn", 1], ["Sầm", 1], ["Quàng", 1],
  ["Tòng", 1], ["Giàng", 1], ["Sùng", 1], ["Mùa", 1], ["Triệu", 1], ["Nông", 1],
  ["Lục", 1], ["Hứa", 1], ["Ngụy", 1],
];
const MIDDLE_MALE = [
  ["Văn", 12], ["Đức", 3], ["Hữu", 2], ["Công", 2], ["Quang", 2], ["Minh", 2],
  ["Xuân", 1], ["Thanh", 1], ["Ngọc", 1], ["Anh", 1], ["Tiến", 1], ["Trọng", 1],
];
const MIDDLE_FEMALE = [
  ["Thị", 14], ["Ngọc", 2], ["Thu", 2], ["Kim", 1], ["Hồng", 1], ["Thanh", 1],
  ["Minh", 1], ["Bích", 1], ["Diệu", 1], ["Mỹ", 1],
];
// Given names with every tone and vowel modifier (ă â ê ô ơ ư đ; ` ? ~ ' .).
const GIVEN_MALE = [
  "An", "Bảo", "Bình", "Cường", "Chiến", "Dũng", "Đạt", "Điệp", "Giang", "Hải",
  "Hiếu", "Hòa", "Hùng", "Hưng", "Khánh", "Khoa", "Khoen", "Lâm", "Lộc", "Lợi",
  "Lực", "Luấn", "Mạnh", "Minh", "Nam", "Nghĩa", "Phúc", "Quân", "Quý", "Sơn",
  "Sáng", "Tâm", "Thắng", "Thành", "Thực", "Tiến", "Toàn", "Trung", "Tuấn", "Tùng",
  "Vạn", "Việt", "Vĩnh", "Xuân", "Kỳ", "Kỹ", "Mẫn", "Khẩn", "Triển", "Dưỡng",
  "Ước", "Ẩn", "Ỏn", "Pọm", "Khằm", "Ngẫu", "Ổn", "Dỡi", "Chử", "Thụy",
];
const GIVEN_FEMALE = [
  "An", "Ánh", "Bích", "Chi", "Dung", "Duyên", "Diễm", "Giang", "Hà", "Hạnh",
  "Hằng", "Hiền", "Hoa", "Huệ", "Hương", "Hường", "Lan", "Liên", "Linh", "Loan",
  "Mai", "Nga", "Ngân", "Nhàn", "Nhung", "Nhiên", "Oanh", "Phượng", "Quỳnh", "Thảo",
  "Thắm", "Thơm", "Thủy", "Thúy", "Trang", "Tuyết", "Uyên", "Vân", "Xuân", "Yến",
  "Ý", "Mỹ", "Ngọc", "Thoa", "Ỷ", "Ẩm", "Lẫm", "Điểm", "Hiệp", "Quế",
  "Sự", "Sửu", "Ngữ", "Ưng", "Ơn", "Thẳm", "Nẵng", "Khuyên", "Dịu", "Lụa",
];

// Villages of the invented communes: "Bản …" as in the Thái areas, and
// thôn names (written without the word "thôn", as the format asks).
const VILLAGES = [
  "Bản Tào", "Bản Lốm", "Bản Mớ", "Bản Phiêng", "Bản Nà Khương", "Bản Pá Khoang",
  "Bản Nậm Tộc", "Bản Hốc", "Bản Lằn", "Bản Ten", "Bản Sẳng", "Bản Ỏm", "Bản Có",
  "Bản Xa", "Bản Chiềng", "Bản Ngoa", "Đình Cại", "Đồng Tâm", "Tân Tiến", "Khe Cam",
  "Làng Ẻn", "Trung Tâm", "Quyết Thắng", "Đoàn Kết", "Hồng Phong", "Chiềng Ban",
  "Nậm Đông", "Ngã Ba", "Suối Giàng", "Khe Dứa", "Đồng Lú", "Cò Giàng", "Pú Nhò",
  "Làng Mậu", "Khe Ỏ", "Nà Hẩu", "Phình Hồ", "Tà Ghênh", "Km 15", "Đồng Ỡm",
];
const COMMUNES = [
  "xã Tân Phong", "xã Minh Tiến", "xã Phúc Sơn", "xã Nậm Mười", "xã Hồng Ca",
  "xã Suối Bu", "xã Đồng Khê", "xã Ngọc Chiến", "xã Thượng Bằng La", "xã Khánh Hòa",
];

const DOMAINS = [
  { id: "kinh-te", name: "Kinh tế" },
  { id: "van-hoa-xa-hoi", name: "Văn hóa - xã hội" },
  { id: "an-ninh-trat-tu", name: "An ninh trật tự" },
  { id: "xay-dung-dang", name: "Xây dựng Đảng và hệ thống chính trị" },
  { id: "giao-duc", name: "Giáo dục" },
  { id: "y-te", name: "Y tế" },
  { id: "moi-truong", name: "Bảo vệ môi trường" },
];

// First sentences, by domain; {v} is the village.
const DEEDS = {
  "kinh-te": [
    "điển hình tiên tiến trong công tác tuyên truyền, vận động nhân dân phát triển kinh tế, xóa đói giảm nghèo",
    "làm kinh tế giỏi, mạnh dạn chuyển đổi cây trồng, vật nuôi và giúp đỡ các hộ nghèo trong thôn {v}",
    "tiên phong trồng quế, trồng chè theo hướng hàng hóa, tạo việc làm cho lao động địa phương",
    "hiến đất, góp công làm đường giao thông nông thôn và kênh mương nội đồng",
  ],
  "van-hoa-xa-hoi": [
    "tích cực xây dựng đời sống văn hóa ở khu dân cư, giữ gìn bản sắc văn hóa dân tộc Thái",
    "gương mẫu thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội",
    "nòng cốt của đội văn nghệ thôn {v}, truyền dạy múa xòe và hát then cho lớp trẻ",
  ],
  "an-ninh-trat-tu": [
    "gương mẫu trong phong trào toàn dân bảo vệ an ninh Tổ quốc, vận động nhân dân tố giác tội phạm",
    "hòa giải thành nhiều vụ việc mâu thuẫn trong nhân dân, giữ vững an ninh trật tự thôn {v}",
  ],
  "xay-dung-dang": [
    "đảng viên gương mẫu, nhiều năm liền hoàn thành xuất sắc nhiệm vụ, học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "làm tốt công tác phát triển đảng viên, giữ vững chi bộ trong sạch, vững mạnh",
  ],
  "giao-duc": [
    "tận tụy với học sinh vùng cao, vận động trẻ em ra lớp đúng độ tuổi",
    "đổi mới phương pháp dạy học, có nhiều học sinh đạt giải trong các kỳ thi cấp huyện",
  ],
  "y-te": [
    "vận động nhân dân giữ gìn vệ sinh, tiêm chủng đầy đủ cho trẻ em và khám sức khỏe định kỳ",
    "tận tình chăm sóc sức khỏe ban đầu cho người dân, kể cả những lúc đêm khuya, mưa lũ",
  ],
  "moi-truong": [
    "tích cực tham gia vệ sinh môi trường, trồng cây xanh và làm đường hoa",
    "vận động bà con phân loại rác thải tại nguồn, không xả rác xuống suối",
  ],
};
// Optional second sentences; {n}, {m}, {y} are numbers, {v} the village.
const DETAILS = {
  "kinh-te": [
    "Gia đình trồng {n} ha quế, nuôi {m} con trâu, thu nhập trên {k} triệu đồng mỗi năm.",
    "Mỗi năm tạo việc làm thời vụ cho {m} lao động trong thôn.",
  ],
  "van-hoa-xa-hoi": ["Từ năm {y} đến nay, thôn {v} liên tục giữ danh hiệu khu dân cư văn hóa."],
  "an-ninh-trat-tu": ["Từ năm {y}, thôn {v} không có người vi phạm pháp luật."],
  "xay-dung-dang": ["Đã giới thiệu {n} quần chúng ưu tú cho Đảng xem xét kết nạp."],
  "giao-duc": ["Tỉ lệ học sinh chuyên cần của lớp đạt {p}%."],
  "y-te": ["Năm {y}, tỉ lệ trẻ em được tiêm chủng đầy đủ trong thôn đạt {p}%."],
  "moi-truong": ["Đã cùng bà con trồng {m} cây xanh ven đường liên thôn."],
};

// Models: lower case, as the source spells them; the app capitalises.
const MODELS = [
  ["trồng rau sạch", "kinh-te"], ["đường hoa", "moi-truong"],
  ["nuôi trâu bán công nghiệp", "kinh-te"], ["thắp sáng đường quê", "an-ninh-trat-tu"],
  ["tổ tự quản", "an-ninh-trat-tu"], ["camera an ninh", "an-ninh-trat-tu"],
  ["nuôi cá lồng trên hồ", "kinh-te"], ["trồng quế hữu cơ", "kinh-te"],
  ["chăn nuôi lợn trên đệm lót sinh học", "kinh-te"], ["tổ hợp tác dệt thổ cẩm", "kinh-te"],
  ["câu lạc bộ xòe Thái", "van-hoa-xa-hoi"], ["gia đình không có người mắc tệ nạn xã hội", "van-hoa-xa-hoi"],
  ["khu dân cư không rác thải nhựa", "moi-truong"], ["thu gom rác thải tại nguồn", "moi-truong"],
  ["chi hội phụ nữ tiết kiệm", "kinh-te"], ["tủ sách pháp luật thôn", "van-hoa-xa-hoi"],
  ["dân vận khéo trong xây dựng nông thôn mới", "xay-dung-dang"], ["chi bộ bốn tốt", "xay-dung-dang"],
  ["góp đá xây nhà văn hóa", "van-hoa-xa-hoi"], ["lớp học xóa mù chữ", "giao-duc"],
  ["tiếp sức học sinh vùng cao", "giao-duc"], ["bếp ăn bán trú", "giao-duc"],
  ["nhà vệ sinh hợp vệ sinh", "y-te"], ["tủ thuốc nhân đạo", "y-te"],
  ["cây chè Shan tuyết", "kinh-te"], ["ruộng bậc thang một vụ lúa, một vụ màu", "kinh-te"],
];

// Organisations, and the roles each gives; {v} is the village, {x} the
// commune's short name. `female` marks women's organisations.
const ORGS = [
  { name: "Chi bộ", weight: 4, domain: "xay-dung-dang", roles: ["Bí thư Chi bộ thôn {v}", "Phó Bí thư Chi bộ thôn {v}", "Đảng viên Chi bộ thôn {v}"] },
  { name: "Hội Phụ nữ", weight: 4, female: true, domain: "van-hoa-xa-hoi", roles: ["Chủ tịch Hội Phụ nữ xã", "Chi hội trưởng Chi hội Phụ nữ thôn {v}", "Hội viên Hội Phụ nữ thôn {v}"] },
  { name: "Hội Nông dân", weight: 4, domain: "kinh-te", roles: ["Chi hội trưởng Chi hội Nông dân thôn {v}", "Phó Chủ tịch Hội Nông dân xã", "Hội viên Hội Nông dân thôn {v}"] },
  { name: "Đoàn Thanh niên", weight: 3, domain: "van-hoa-xa-hoi", roles: ["Bí thư Đoàn xã", "Bí thư Chi đoàn thôn {v}", "Đoàn viên Chi đoàn thôn {v}"] },
  { name: "Hội Cựu chiến binh", weight: 2, male: true, domain: "an-ninh-trat-tu", roles: ["Chủ tịch Hội Cựu chiến binh xã", "Chi hội trưởng Chi hội Cựu chiến binh thôn {v}"] },
  { name: "Mặt trận Tổ quốc", weight: 2, domain: "kinh-te", roles: ["Trưởng ban Công tác mặt trận thôn {v}", "Phó Chủ tịch Mặt trận Tổ quốc xã"] },
  { name: "Hội Người cao tuổi", weight: 1, domain: "van-hoa-xa-hoi", roles: ["Chi hội trưởng Chi hội Người cao tuổi thôn {v}"] },
  { name: "Công an xã", weight: 1, domain: "an-ninh-trat-tu", roles: ["Công an viên thôn {v}", "Phó Trưởng Công an xã"] },
  { name: "Trạm Y tế xã", weight: 1, domain: "y-te", roles: ["Trạm trưởng Trạm Y tế xã", "Y sĩ Trạm Y tế xã", "Nhân viên y tế thôn {v}"] },
  { name: "Trường Tiểu học {x}", weight: 1, domain: "giao-duc", roles: ["Hiệu trưởng Trường Tiểu học {x}", "Giáo viên Trường Tiểu học {x}"] },
  { name: "Trường THCS {x}", weight: 1, domain: "giao-duc", roles: ["Phó Hiệu trưởng Trường THCS {x}", "Giáo viên Trường THCS {x}"] },
  { name: "Trường Mầm non {x}", weight: 1, female: true, domain: "giao-duc", roles: ["Giáo viên Trường Mầm non {x}"] },
  { name: null, weight: 5, domain: null, roles: ["Trưởng thôn {v}", null, null, null] },
];
const MODEL_ORGS = ["Hội Phụ nữ", "Hội Nông dân", "Đoàn Thanh niên", "Hội Cựu chiến binh", "Mặt trận Tổ quốc", "Chi bộ", null];

const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const fill = (text, vars) => text.replace(/\{(\w)\}/g, (_, k) => String(vars[k]));

// --- Generation --------------------------------------------------------------

function recognition(r, year) {
  const kind = r.weighted([["xa", 5], ["huyen", 5], ["tinh", 2], ["both", 1], ["tw", 1]]);
  const rec = {};
  switch (kind) {
    case "xa":
      Object.assign(rec, { forms: ["giấy khen"], levels: ["xã"], issuers: ["UBND xã"] });
      break;
    case "huyen":
      Object.assign(rec, { forms: ["giấy khen"], levels: ["huyện"], issuers: [r.pick(["UBND huyện", "Huyện ủy"])] });
      break;
    case "tinh":
      Object.assign(rec, { forms: ["bằng khen"], levels: ["tỉnh"], issuers: ["UBND tỉnh"] });
      break;
    case "tw":
      Object.assign(rec, { forms: ["bằng khen"], levels: ["trung ương"], issuers: [r.pick(["Trung ương Hội Nông dân Việt Nam", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "Bộ Công an"])] });
      break;
    default:
      // The way the real source words it: not saying who received which.
      return {
        forms: ["bằng khen", "giấy khen"],
        levels: ["tỉnh", "huyện"],
        issuers: ["UBND tỉnh", "UBND huyện"],
        quote: "được UBND tỉnh, huyện tặng bằng khen, giấy khen",
      };
  }
  if (r.chance(0.25)) {
    rec.decision_number = `${r.int(12, 2999)}/QĐ-UBND`;
    rec.decision_date = `${year}-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`;
  }
  rec.year = year;
  return rec;
}

function recognitions(r) {
  if (!r.chance(0.45)) return undefined;
  const out = [recognition(r, r.int(2015, 2024))];
  if (r.chance(0.1)) out.push(recognition(r, r.int(2015, 2024)));
  return out;
}

function description(r, domain, village) {
  const vars = { v: village, n: r.int(2, 12), m: r.int(5, 60), k: r.int(80, 400), y: r.int(2010, 2022), p: r.int(92, 100) };
  let text = fill(r.pick(DEEDS[domain]), vars);
  if (r.chance(0.25)) text += ". " + fill(r.pick(DETAILS[domain]), vars);
  return text;
}

function person(r, i, commune) {
  const org = r.weighted(ORGS.map((o) => [o, o.weight]));
  const female = org.female ? true : org.male ? false : r.chance(0.5);
  const family = r.weighted(FAMILY);
  const middle = r.weighted(female ? MIDDLE_FEMALE : MIDDLE_MALE);
  const given = r.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
  const name = `${family} ${middle} ${given}`;
  const village = r.pick(commune.villages);
  const vars = { v: village, x: commune.short };
  const roleTemplate = r.pick(org.roles);
  const role = roleTemplate ? fill(roleTemplate, vars) : undefined;
  const organisation = org.name ? fill(org.name, vars) : undefined;
  const domain = org.domain && r.chance(0.7) ? org.domain : r.pick(DOMAINS).id;
  const domains = r.chance(0.85) ? (r.chance(0.15) ? [...new Set([domain, r.pick(DOMAINS).id])] : [domain]) : undefined;
  const entry = {
    id: `synthetic-${slug(name)}-${i + 1}`,
    kind: "person",
    name,
    role,
    organisation,
    // A person whose role already names the village still has it here most
    // of the time, as officers tend to fill it in.
    village: r.chance(0.85) ? village : undefined,
    domains,
    description: r.chance(0.7) ? description(r, domain, village) : undefined,
    recognitions: recognitions(r),
    source: commune.source,
    quote: r.chance(0.15) ? (role ? `${name} - ${role}` : `${name}, thôn ${village}`) : undefined,
    note: SYNTHETIC_NOTE,
  };
  return entry;
}

function model(r, i, commune) {
  const [name, domain] = r.pick(MODELS);
  const village = r.pick(commune.villages);
  const org = r.pick(MODEL_ORGS);
  const year = r.int(2012, 2023);
  const members = r.int(8, 120);
  const entry = {
    id: `synthetic-mo-hinh-${slug(name)}-${i + 1}`,
    kind: "model",
    name,
    organisation: org ?? undefined,
    village: r.chance(0.8) ? village : undefined,
    domains: [domain],
    description: r.chance(0.7)
      ? `mô hình ${name} ${org ? `của ${org} ` : ""}thôn ${village}, xây dựng từ năm ${year}, có ${members} hộ tham gia. ${capitalise(fill(r.pick(DEEDS[domain]), { v: village }))}.`
      : undefined,
    recognitions: r.chance(0.6) ? recognitions(r) : undefined,
    source: commune.source,
    quote: r.chance(0.15) ? `Tiêu biểu như mô hình: ${name}${org ? ` của ${org}` : ""}` : undefined,
    note: SYNTHETIC_NOTE,
  };
  return entry;
}

/** The c-th invented commune: name, villages and source. */
function communeInfo(c) {
  const base = COMMUNES[c % COMMUNES.length];
  const round = Math.floor(c / COMMUNES.length);
  const name = round === 0 ? base : `${base} ${round + 1}`;
  const short = name.replace(/^xã /, "");
  const r = prng(SEED ^ Math.imul(c + 1, 0x9e3779b1));
  // 12 to 16 villages each, drawn from the shared list.
  const pool = [...VILLAGES];
  const villages = [];
  const count = r.int(12, 16);
  while (villages.length < count) villages.push(pool.splice(Math.floor(r.next() * pool.length), 1)[0]);
  const id = `synthetic-${slug(short)}`;
  return { id, name, short, villages, source: `synthetic-nguon-${slug(short)}` };
}

/** The dataset as a JS value: `n` entries over ceil(n / 2,500) communes. */
export function synthesizeData(n) {
  if (!Number.isInteger(n) || n < 1) throw new Error(`synthesize: N must be a positive integer, got ${n}`);
  const communeCount = Math.ceil(n / ENTRIES_PER_COMMUNE);
  const sources = [];
  const communes = [];
  for (let c = 0; c < communeCount; c++) {
    const info = communeInfo(c);
    sources.push({
      id: info.source,
      title: `${SYNTHETIC_NOTE}: ${info.name}`,
      publisher: "Gương sáng, scripts/synthetic-data.mjs (chỉ để đo tốc độ)",
    });
    communes.push({ info, entries: [] });
  }
  // One stream for all entries, so entry i is the same whatever n is.
  const r = prng(SEED);
  for (let i = 0; i < n; i++) {
    const commune = communes[Math.floor(i / ENTRIES_PER_COMMUNE)];
    const isModel = r.chance(0.2);
    commune.entries.push(isModel ? model(r, i, commune.info) : person(r, i, commune.info));
  }
  return {
    schema: 1,
    sources,
    domains: DOMAINS,
    communes: communes.map(({ info, entries }) => {
      const people = entries.filter((e) => e.kind === "person").length;
      return {
        id: info.id,
        name: info.name,
        district: "huyện Giả Lập",
        province: "tỉnh Thử Nghiệm",
        programme: `${SYNTHETIC_NOTE}. Chỉ thị 05 gắn với Nghị quyết Trung ương 4 (khóa XII)`,
        source: info.source,
        figures: {
          thematic_sessions: 4 + (entries.length % 5),
          models_maintained: { total: entries.length - people },
          exemplary_individuals: people,
        },
        entries,
      };
    }),
  };
}

/**
 * The data file's text for `n` synthetic entries: one entry per line (easy
 * to diff and grep), no other whitespace. Same `n`, same text.
 */
export function synthesize(n) {
  const data = synthesizeData(n);
  const commune = ({ entries, ...rest }) =>
    JSON.stringify(rest).slice(0, -1) + ',"entries":[\n' + entries.map((e) => JSON.stringify(e)).join(",\n") + "\n]}";
  return (
    "{" +
    `"schema":${data.schema},\n` +
    `"sources":${JSON.stringify(data.sources)},\n` +
    `"domains":${JSON.stringify(data.domains)},\n` +
    `"communes":[\n${data.communes.map(commune).join(",\n")}\n]}\n`
  );
}

function main(argv) {
  const usage = "usage: node scripts/synthetic-data.mjs N [out.json]   (N entries; stdout when no path)";
  if (argv.length < 1 || argv.length > 2 || argv[0] === "-h" || argv[0] === "--help") {
    console.error(usage);
    return argv[0] === "-h" || argv[0] === "--help" ? 0 : 2;
  }
  const n = Number(argv[0].replace(/[_,]/g, ""));
  if (!Number.isInteger(n) || n < 1) {
    console.error(`synthetic-data: N must be a positive integer, got ${JSON.stringify(argv[0])}\n${usage}`);
    return 2;
  }
  const text = synthesize(n);
  if (argv[1]) {
    const out = path.resolve(argv[1]);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, text);
    console.error(`synthetic-data: ${n} synthetic entries, ${Buffer.byteLength(text)} bytes -> ${argv[1]}`);
  } else {
    process.stdout.write(text);
  }
  return 0;
}

const invoked = runAsCommand(import.meta.url);
if (invoked) {
  process.exitCode = main(process.argv.slice(2));
}
