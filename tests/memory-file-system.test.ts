import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { createSturingServices } from '../language/sturing-module.js';
import { GeheugenBestandssysteem } from '../server/memory-file-system.js';
import { werkruimte } from './helpers.js';

const ONTWERP = `gemeente Stad {
    team Oost { doel "Minder schulden" }
    fase verkenning { gemeente regisseur }
}`;

describe('the in-memory file system of the browser server', () => {
    test('holds files and the folders they imply', async () => {
        const fs = new GeheugenBestandssysteem();
        fs.schrijf(URI.parse('file:///werkmap/sturing.json'), '{}');
        fs.schrijf(URI.parse('file:///werkmap/sub/a.sturing'), 'gemeente A {}');
        expect(await fs.exists(URI.parse('file:///werkmap/sturing.json'))).toBe(true);
        expect(fs.statSync(URI.parse('file:///werkmap')).isDirectory).toBe(true);
        expect(fs.existsSync(URI.parse('file:///elders/sturing.json'))).toBe(false);
        expect((await fs.readDirectory(URI.parse('file:///werkmap'))).map(n => [n.uri.path, n.isFile]).sort())
            .toEqual([['/werkmap/sturing.json', true], ['/werkmap/sub', false]]);
        expect(await fs.readFile(URI.parse('file:///werkmap/sub/a.sturing'))).toBe('gemeente A {}');
        await expect(fs.readFile(URI.parse('file:///werkmap/b.sturing'))).rejects.toThrow('/werkmap/b.sturing bestaat niet');
        fs.schrijf(URI.parse('file:///werkmap/sturing.json'), undefined);
        expect(fs.existsSync(URI.parse('file:///werkmap/sturing.json'))).toBe(false);
    });

    test('a sturing.json in memory sets the severity of the rules, as one on disk does', async () => {
        const fs = new GeheugenBestandssysteem();
        const s = createSturingServices({ fileSystemProvider: () => fs }).Sturing;
        const zonder = await werkruimte({ 'stad.sturing': ONTWERP }, s);
        expect(zonder['stad.sturing'].diagnostics?.map(d => d.code)).toContain('vaag-doel');

        fs.schrijf(URI.parse('file:///werkruimte/sturing.json'), '{ "regels": { "vaag-doel": "uit" } }');
        s.rules.Configuration.vergeet();
        const met = await werkruimte({ 'stad.sturing': ONTWERP }, s);
        expect(met['stad.sturing'].diagnostics?.map(d => d.code)).not.toContain('vaag-doel');
    });
});
