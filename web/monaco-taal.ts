/// <reference lib="dom" />
// Monaco in Dutch: its message table (built from web/monaco-nl.ts by scripts/web.ts) must be in place
// before any Monaco module runs, because Monaco reads its labels when its modules load. pagina.ts
// imports this module first.
import berichten from 'sturing:monaco-nl';

const tabel: string[] = [];
for (const [nummer, tekst] of Object.entries(berichten)) tabel[Number(nummer)] = tekst;
Object.assign(globalThis, { _VSCODE_NLS_MESSAGES: tabel, _VSCODE_NLS_LANGUAGE: 'nl' });
