import type { Regel } from '../rule-types.js';

export const evaluatieZonderPartners: Regel = {
    id: 'evaluatie-zonder-partners',
    standaard: 'info',
    titel: 'De evaluatie noemt alleen de gemeente, geen partners.',
    bron: 'R1 §2.4 fase 4',
    checks: {
        Fase: (f, ctx) => {
            if (f.soort !== 'evaluatie' || f.partijRollen.length > 0) return;
            ctx.meld(f, 'In de evaluatie staat alleen de gemeente. Het maatschappelijk effect beoordeelt de gemeente bij voorkeur samen met de organisaties, als adviseur en partner; zij brengen kennis in die de gemeente zelf niet heeft (R1 §2.4, fase 4).', { property: 'soort' });
        }
    }
};
