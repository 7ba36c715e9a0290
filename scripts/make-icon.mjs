// Draws images/icon.png (128×128): a steering wheel in the project's colours. No dependencies.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 128, c = (N - 1) / 2;
const groen = [47, 125, 109], oranje = [224, 123, 57], wit = [255, 255, 255];
const rows = [];
for (let y = 0; y < N; y++) {
    const row = [0];
    for (let x = 0; x < N; x++) {
        const dx = x - c, dy = y - c, r = Math.hypot(dx, dy);
        let px = [0, 0, 0, 0];
        if (r < 62) px = [...wit, 255];
        if (r > 44 && r < 56) px = [...groen, 255];
        const spaak = (Math.abs(dx) < 5 || Math.abs(dy) < 5 || Math.abs(Math.abs(dx) - Math.abs(dy)) < 5) && r <= 46;
        if (spaak) px = [...groen, 255];
        if (r < 15) px = [...oranje, 255];
        row.push(...px);
    }
    rows.push(Buffer.from(row));
}
function chunk(type, data) {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
}
function crc32(buf) {
    let crc = -1;
    for (const b of buf) { crc ^= b; for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xEDB88320 & -(crc & 1)); }
    return ~crc;
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4); ihdr[8] = 8; ihdr[9] = 6;
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
writeFileSync('images/icon.png', png);
console.log('images/icon.png geschreven');
