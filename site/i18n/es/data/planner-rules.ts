/** Spanish of data/planner-rules.json: each rule's note, apprentice routes, exam windows and program deadlines (keyed by the English; see site/i18n/data-text.ts). */
import type { DataTextTable } from '../../data-text-table.ts';

/** Planner rule texts in Spanish. Notes that the plan puts after a colon or in parentheses keep their lowercase start. */
export const plannerRulesText: DataTextTable = {
  // Rule notes.
  "With no program chosen, this site plans the coursework as AAPC's own CPC Preparation Course: 80 hours, as AAPC's pages give it. AAPC issues the CPC (this planner's default credential) and its CPC exam page recommends this course to new coders; an 80-contact-hour course is also what AAPC counts towards removing the apprentice designation. No CPC course in this site's data states fewer hours, so this is the short end of real programs: choose a program to plan from its own hours or length.":
    'Si no elige un programa, este sitio planea el curso como el CPC Preparation Course (curso de preparación para el CPC) de AAPC. Son 80 horas, como lo indican las páginas de AAPC. AAPC otorga la credencial CPC (la predeterminada de este planificador) y su página del examen CPC recomienda este curso a los codificadores nuevos. Un curso de 80 horas de contacto es también lo que AAPC cuenta para quitar la designación de aprendiz. Ningún curso de CPC en los datos de este sitio indica menos horas, así que este es el extremo corto de los programas reales. Elija un programa para planear con sus propias horas o su duración.',
  "This site's default: the low end of the 10 to 15 hours a week a CPC prep site (a third party, not AAPC) suggests for exam study.":
    'El valor predeterminado de este sitio: el extremo bajo de las 10 a 15 horas por semana que un sitio de preparación para el CPC (de terceros, no AAPC) sugiere para estudiar para el examen.',
  'Within the 6 to 12 weeks of study a CPC prep site (a third party, not AAPC) says most candidates need.':
    'Dentro de las 6 a 12 semanas de estudio que, según un sitio de preparación para el CPC (de terceros, no AAPC), necesita la mayoría de los candidatos.',
  "more than a full-time job on top of daily life; this site's limit for a pace most people can keep up.":
    'más que un trabajo de tiempo completo, sumado a la vida diaria. Es el límite de este sitio para un ritmo que la mayoría de las personas puede mantener.',
  'No page read gives the time from exam to result; this site allows two weeks. Check with the exam body.':
    'Ninguna página que leímos da el tiempo entre el examen y el resultado; este sitio deja dos semanas. Consulte con el organismo del examen.',
  "this site's allowance for approval and rescheduling inside the window": 'el margen de este sitio para la aprobación y los cambios de fecha dentro del plazo',

  // Apprentice routes (CPC-A, COC-A).
  '1 year of coding work plus education': '1 año de trabajo en codificación más estudios',
  '2 years of coding work': '2 años de trabajo en codificación',

  // Exam windows.
  'AHIMA: the exam must be scheduled and taken within 120 days of application approval; 30-day extensions cost $50 each (up to 90 days).':
    'AHIMA: el examen se debe programar y tomar dentro de los 120 días siguientes a la aprobación de la solicitud. Las prórrogas de 30 días cuestan $50 cada una (hasta 90 días).',
  'AHIMA: schedule and take the exam within 120 days of eligibility (approval).':
    'AHIMA: programe y tome el examen dentro de los 120 días siguientes a su elegibilidad (aprobación).',
  'AMBA: once enrolled you have 45 days to complete the online exam.': 'AMBA: una vez inscrito, usted tiene 45 días para completar el examen en línea.',

  // Program deadlines.
  "MCHC's Test Pass Guarantee needs the course finished within five months of registration.":
    'La Test Pass Guarantee (garantía de aprobar el examen) de MCHC exige terminar el curso dentro de los cinco meses siguientes a la inscripción.',
};
