import { readFileSync } from 'node:fs';

/** The file names in a zip archive (a .vsix is one), read from its central directory. */
export function zipInhoud(pad: string): string[] {
    const buf = readFileSync(pad);
    let eocd = -1;
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
        if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
    }
    if (eocd < 0) throw new Error(`${pad} is geen zip-bestand`);
    const aantal = buf.readUInt16LE(eocd + 10);
    let p = buf.readUInt32LE(eocd + 16);
    const namen: string[] = [];
    for (let n = 0; n < aantal; n++) {
        if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('beschadigde centrale map');
        const naamLengte = buf.readUInt16LE(p + 28), extra = buf.readUInt16LE(p + 30), commentaar = buf.readUInt16LE(p + 32);
        namen.push(buf.toString('utf8', p + 46, p + 46 + naamLengte));
        p += 46 + naamLengte + extra + commentaar;
    }
    return namen.sort();
}
