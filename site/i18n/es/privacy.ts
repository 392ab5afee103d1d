/**
 * Spanish words of /privacy/: what a saved plan or guide stores (field by field, keyed by the
 * contract's field names), what is not kept, who reads and changes, how long, the logs, and how to
 * delete. The numbers come from functions/domain/retention.ts (privacy-messages.ts).
 */
import type { privacy as english, PrivacyTerms } from '../en/privacy.ts';

/** "un año", "2 años". */
const years = (days: number) => (days / 365 === 1 ? 'un año' : `${days / 365} años`);

/** The privacy page in Spanish. */
export const privacy: typeof english = {
  title: 'Privacidad: lo que guarda este sitio',
  description: 'Exactamente lo que guarda un plan o una guía, por cuánto tiempo, quién puede leerlo y cambiarlo, qué contienen los registros del servidor y cómo eliminarlo ahora.',
  /** The summary a counselor can read out. */
  summary: (t: PrivacyTerms) => [
    'Este sitio solo conserva lo que usted guarda en un plan o una guía, y nada más sobre usted.',
    'No hay cuentas, ni cookies, ni análisis de visitas, ni solicitudes a otros sitios.',
    'Cualquier persona con un enlace para compartir puede leer lo que muestra; solo el enlace de edición puede cambiarlo o eliminarlo.',
    `Un plan o una guía se elimina ${years(t.keptDays)} después de la última vez que se abrió o cambió. Si usted lo elimina, su contenido se borra de inmediato.`,
    `Los registros del servidor no guardan ninguna dirección, nota ni enlace de edición, y se eliminan después de ${t.logDays} días.`,
  ],
  stored: {
    heading: 'Lo que guarda un plan o una guía',
    intro: 'No se guarda nada hasta que usted presiona guardar o publicar. Entonces el sitio guarda los campos de abajo, tal como usted los llenó, y nada más del formulario ni de su navegador.',
    planHeading: 'Un plan',
    plan: {
      title: 'su nombre, si usted le dio uno',
      certificationId: 'la credencial que usted quiere obtener',
      programId: 'el programa de capacitación, si eligió uno',
      startDate: 'su fecha de inicio',
      hoursPerWeek: 'las horas por semana que puede estudiar',
      examPrepWeeks: 'las semanas de preparación para el examen',
      breaks: 'sus pausas: sus fechas y nombres',
      targetExamDate: 'la fecha del examen, si planificó hacia atrás desde esa fecha',
      language: 'el idioma del plan y de su calendario (inglés o español)',
    },
    guideHeading: 'Una guía',
    guide: {
      title: 'su título',
      counselorName: 'el nombre del consejero, si lo dio',
      organisation: 'la escuela u organización, si la dio',
      note: 'la nota para el estudiante, si la hay',
      roles: 'los puestos elegidos, en orden',
      area: 'el estado (o todo el país) para las cifras de salario',
      programs: 'los programas para comparar, si los hay',
      certifications: 'las credenciales que se mencionan, si las hay',
      planId: 'el identificador de un plan guardado al que enlaza, si lo hay',
      language: 'el idioma en que lo lee el estudiante (inglés o español)',
    },
    bookkeeping:
      'Con cada uno se guarda también: un identificador al azar (el enlace para compartir), un número de versión, y cuándo se creó, cuándo cambió por última vez y cuándo vence. También se guarda una huella criptográfica (SHA-256) de la parte secreta del enlace de edición. Esa huella no se puede volver a convertir en el enlace.',
    notice: 'Por eso, no ponga el nombre completo de un estudiante ni datos de salud en la nota o el título de una guía: basta con el primer nombre.',
  },
  notKept: {
    heading: 'Lo que no se guarda',
    items: [
      'No hay cuentas ni inicio de sesión: no hay nombre, correo electrónico ni contraseña que guardar.',
      'No hay cookies: ni las páginas ni la API crean ninguna.',
      'No hay análisis de visitas, ni publicidad, ni rastreo. Cada página, tipo de letra, script e imagen viene de este sitio, y ninguna página le pide nada a otro sitio.',
      'No se guarda su dirección de red. Para limitar cuántos planes y guías se pueden crear desde un mismo lugar, el servidor cuenta las creaciones con una huella con clave (HMAC) de la dirección de red. Esa huella no se puede volver a convertir en la dirección. Cada conteo se elimina alrededor de una hora después de que termina su período de 10 minutos.',
    ],
  },
  access: {
    heading: 'Quién puede leer, cambiar y eliminar',
    read: 'Cualquier persona que tenga un enlace para compartir puede leer el plan o la guía al que lleva, sin iniciar sesión. El enlace contiene 128 bits al azar: no se puede adivinar, y el sitio no muestra ninguna lista de planes o guías guardados. Compártalo solo con las personas que usted elija.',
    change:
      'Solo el enlace de edición puede cambiarlo o eliminarlo. Su parte secreta va después del # en la dirección, y los navegadores nunca la envían a un servidor. El sitio solo guarda su huella, así que nadie, ni siquiera nosotros, puede volver a enviárselo. No lo comparta con nadie.',
  },
  howLong: {
    heading: 'Por cuánto tiempo se guarda',
    kept: (t: PrivacyTerms) =>
      `Un plan o una guía se guarda por ${years(t.keptDays)} (${t.keptDays} días) después de la última vez que se abrió o cambió. Cada cambio, y la primera vez que se abre cada día, mueven esa fecha hacia adelante. La página muestra la fecha junto al enlace para compartir. Desde esa fecha ya no se puede abrir, y la base de datos lo elimina en pocos días.`,
    why: 'Dos años cubren todo el camino que traza el planificador: unos 11 meses hasta una credencial, más si hay pausas o hay que volver a tomar el examen. También cubren el año escolar de un consejero y el siguiente. Y un plan o una guía que nadie abre desaparece por sí solo.',
    deleted: (t: PrivacyTerms) =>
      `Cuando usted elimina uno, su contenido desaparece de inmediato. Durante ${t.deletedDays} días, su enlace dice que su autor lo eliminó. Solo se guardan el identificador y esa fecha, para que un estudiante con un código QR impreso no se quede con la duda. Después, el enlace simplemente no existe para el sitio.`,
    backups: (t: PrivacyTerms) =>
      `La base de datos guarda copias de seguridad para volver a cualquier momento de los últimos ${t.backupDays} días, por si hay un accidente. Así, un plan o una guía eliminados o vencidos quedan en esas copias hasta ${t.backupDays} días. Luego desaparecen para siempre.`,
  },
  logs: {
    heading: 'Qué contienen los registros del servidor',
    text: (t: PrivacyTerms) =>
      `Por cada solicitud a la API: cuándo llegó, el método y la ruta (que incluye el identificador de un plan o una guía), el estado, el tamaño y cuánto tardó. No contienen la dirección de red, ni datos del navegador, ni la consulta, ni el contenido enviado: así que no hay notas, títulos ni enlaces de edición. Los mensajes de error dicen qué falló, nunca qué se envió. Los registros se eliminan después de ${t.logDays} días.`,
    host: 'Como en todo sitio web, la red que lo aloja (Amazon CloudFront) ve su dirección mientras le entrega una página. Este sitio no activa los registros de acceso de esa red.',
  },
  deleteNow: {
    heading: 'Cómo eliminarlo ahora',
    guide: 'Una guía: abra su enlace de edición, presione “Eliminar guía…” y confirme.',
    plan: 'Un plan: abra su enlace de edición, presione “Eliminar plan…” y confirme.',
    lost: '¿Perdió el enlace de edición? Entonces nadie puede eliminarlo antes. Se elimina solo dos años después de la última vez que se abrió. No comparta un enlace que quiera eliminar: quien lo abre lo mantiene activo.',
    export: 'Antes de eliminarlo, puede guardar una copia: la vista de edición ofrece el plan o la guía como archivo (JSON), y el plan también como calendario.',
  },
  /** Words other pages use to link here. */
  link: 'Privacidad: qué se guarda y por cuánto tiempo',
};
