// Sets up a local code-server (the real VS Code workbench, served on localhost) once, cached in
// .code-server/, and starts it with the packaged Sturing extension. Used by `npm start` and by the
// end-to-end tests. Everything comes from Debian's packages and the npm registry; nothing is
// downloaded from anywhere else (ripgrep comes from Debian instead of its npm postinstall download).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const VERSIE = '4.100.3';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE = path.join(ROOT, '.code-server');
export const PAKKET = path.join(CACHE, VERSIE, 'package');
const KLAAR = path.join(CACHE, VERSIE, '.klaar');
const DEBIAN = ['libkrb5-dev', 'libsecret-1-dev', 'libx11-dev', 'libxkbfile-dev', 'pkg-config', 'ripgrep', 'chromium'];

function stap(tekst) {
    process.stderr.write(`[code-server] ${tekst}\n`);
}

function voer(cmd, args, cwd = ROOT, extraEnv = {}) {
    execFileSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...extraEnv } });
}

function ontbrekendeDebianPakketten() {
    return DEBIAN.filter(p => {
        try {
            return !execFileSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes('install ok installed');
        } catch {
            return true;
        }
    });
}

/** Installs Debian's packages and code-server once; later calls return at once. */
export function installeer() {
    const ontbreekt = ontbrekendeDebianPakketten();
    if (ontbreekt.length) {
        if (process.getuid?.() !== 0) {
            throw new Error(`Deze Debian-pakketten ontbreken: ${ontbreekt.join(' ')}. Installeer ze als root: apt-get update && apt-get install -y ${ontbreekt.join(' ')}`);
        }
        stap(`apt-get install ${ontbreekt.join(' ')}`);
        voer('apt-get', ['update', '-qq']);
        voer('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...ontbreekt], ROOT, { DEBIAN_FRONTEND: 'noninteractive' });
    }
    if (existsSync(KLAAR)) return;
    const map = path.join(CACHE, VERSIE);
    rmSync(map, { recursive: true, force: true });
    mkdirSync(map, { recursive: true });
    stap(`npm pack code-server@${VERSIE}`);
    voer('npm', ['pack', `code-server@${VERSIE}`, '--silent'], map);
    voer('tar', ['xzf', `code-server-${VERSIE}.tgz`], map);
    stap('npm install (code-server)');
    voer('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], PAKKET);
    const vscode = path.join(PAKKET, 'lib', 'vscode');
    stap('npm install (VS Code)');
    voer('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], vscode);
    // ripgrep's own postinstall would download a binary; Debian's rg takes its place.
    const rg = path.join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin');
    mkdirSync(rg, { recursive: true });
    if (!existsSync(path.join(rg, 'rg'))) symlinkSync('/usr/bin/rg', path.join(rg, 'rg'));
    stap('native modules bouwen (node-pty, spdlog, kerberos, …)');
    voer('npm', ['rebuild', '--unsafe-perm'], vscode, { npm_config_yes: 'true' });
    if (!existsSync(path.join(vscode, 'node_modules.asar'))) symlinkSync('node_modules', path.join(vscode, 'node_modules.asar'));
    stap('npm install (ingebouwde extensies)');
    voer('npm', ['install', '--omit=dev', '--no-audit', '--no-fund'], path.join(vscode, 'extensions'));
    stap('argon2 bouwen');
    voer('npm', ['rebuild', 'argon2', '--build-from-source'], PAKKET);
    writeFileSync(KLAAR, new Date().toISOString() + '\n');
    stap('klaar');
}

/** A free TCP port on 127.0.0.1. */
export function vrijePoort() {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

export const INSTELLINGEN = {
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'git.openRepositoryInParentFolders': 'never',
    'git.enabled': false,
    'workbench.colorTheme': 'Default Light Modern'
};

/**
 * Installs the .vsix into a fresh profile and starts code-server on 127.0.0.1:<poort> with `map`
 * open. Resolves when the server answers; `stop()` ends it.
 */
export async function start({ vsix, map, poort, profiel, instellingen = {} }) {
    const gebruikersdata = path.join(profiel, 'data');
    const extensies = path.join(profiel, 'extensions');
    mkdirSync(path.join(gebruikersdata, 'User'), { recursive: true });
    writeFileSync(path.join(gebruikersdata, 'User', 'settings.json'), JSON.stringify({ ...INSTELLINGEN, ...instellingen }, null, 2));
    const entry = path.join(PAKKET, 'out', 'node', 'entry.js');
    const basis = ['--user-data-dir', gebruikersdata, '--extensions-dir', extensies];
    execFileSync(process.execPath, [entry, ...basis, '--install-extension', vsix, '--force'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const proces = spawn(process.execPath, [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${poort}`, '--disable-telemetry', '--disable-update-check',
        '--disable-workspace-trust', '--disable-getting-started-override', ...basis, map], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CODE_SERVER_CONFIG: path.join(profiel, 'config.yaml') } });
    let log = '';
    proces.stdout.on('data', d => { log += d; });
    proces.stderr.on('data', d => { log += d; });
    const url = `http://127.0.0.1:${poort}/?folder=${encodeURIComponent(map)}`;
    const eind = Date.now() + 60_000;
    for (;;) {
        if (proces.exitCode !== null) throw new Error(`code-server stopte meteen:\n${log}`);
        try {
            const antwoord = await fetch(`http://127.0.0.1:${poort}/healthz`);
            if (antwoord.ok) break;
        } catch { /* not listening yet */ }
        if (Date.now() > eind) throw new Error(`code-server antwoordde niet binnen 60 s:\n${log}`);
        await new Promise(r => setTimeout(r, 250));
    }
    return {
        url,
        log: () => log,
        stop: () => new Promise(resolve => {
            if (proces.exitCode !== null) return resolve();
            proces.once('exit', () => resolve());
            proces.kill('SIGTERM');
            setTimeout(() => proces.kill('SIGKILL'), 5000).unref();
        })
    };
}

if (process.argv[2] === 'installeer') {
    installeer();
}
