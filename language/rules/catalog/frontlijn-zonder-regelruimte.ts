import { regel } from '../rule-types.js';
import { typeVermeldingen } from '../type-vermeldingen.js';

export const frontlijnZonderRegelruimte = regel({
    id: 'frontlijn-zonder-regelruimte',
    standaard: 'waarschuwing',
    titel: 'Frontlijnsturing (opgegeven, afgeleid of als ambitie) terwijl een team weinig regelruimte heeft.',
    bron: 'R1 §1.1, VNG-criteria; §2.2',
    aanbeveling: 'ruimte-professional',
    berichten: {
        weinigRuimte: 'Team {{team}} heeft weinig regelruimte, terwijl {{vermelding}}: daarbij beslissen juist de uitvoerders. Geef hen meer ruimte, of kijk of het type past.'
    },
    checks: {
        Gemeente: (g, ctx) => {
            const feiten = ctx.feiten(g);
            const v = typeVermeldingen(feiten, ctx.profiel(g), ['frontlijnsturing'])[0];
            if (!v) return;
            for (const t of feiten.teams) {
                if (t.regelruimte === 'laag') ctx.meld(t.node, 'weinigRuimte', { property: 'regelruimte', index: 0, data: { team: t.naam, vermelding: v.bijzin } });
            }
        }
    }
});
