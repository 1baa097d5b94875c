/**
 * One short example per collection, in English and Spanish, for a new site (`memoria init`
 * without --empty). They show how entries point at each other (a learning names its project, an
 * outcome its learning), so ids are the same in every language: an entry's id is its path.
 * Another language gets the English text, for the writer to translate.
 */
type Text = 'en' | 'es';

export const themesYaml = `# The site's themes: a small shared vocabulary. Entries list them in "themes: [...]".
# Add a label per language; the key (community-work) is what entries write.
community-work:
  label: { en: Community work, es: Trabajo comunitario }
  description:
    en: Working with neighbours and local groups.
    es: Trabajo con vecinas, vecinos y grupos locales.
`;

const project: Record<Text, string> = {
	en: `---
title: Neighbourhood water map
summary: Mapping where the water supply fails, with the people who live there.
status: active
start: 2026-01-12
organisations: [la-voz-radio]
themes: [community-work]
---
Neighbours mark on a shared map the streets where water stops coming. The map is discussed every month with the water utility.
`,
	es: `---
title: Mapa del agua del barrio
summary: Mapear dónde falla el suministro de agua, con quienes viven ahí.
status: active
start: 2026-01-12
organisations: [la-voz-radio]
themes: [community-work]
---
Las vecinas y los vecinos marcan en un mapa compartido las calles donde deja de llegar el agua. Cada mes revisamos el mapa con la empresa de agua.
`,
};

const learning: Record<Text, string> = {
	en: `---
title: Ask on the radio before printing forms
date: 2026-02-20
project: water-map
phase: design
kind: worked
status: reviewed
themes: [community-work]
lesson: A call-in show told us in one evening which streets to map first; the paper forms we had planned would have taken weeks.
recommendations:
  - action: Start each new neighbourhood with a call-in show.
    owner: Field team
    state: open
---
We had printed two hundred forms. The radio show reached more people in one hour than the forms did in a week.
`,
	es: `---
title: Preguntar en la radio antes de imprimir formularios
date: 2026-02-20
project: water-map
phase: design
kind: worked
status: reviewed
themes: [community-work]
lesson: Un programa de radio con llamadas del público nos dijo en una sola tarde qué calles mapear primero; los formularios en papel que teníamos pensados habrían tardado semanas.
recommendations:
  - action: Empezar cada barrio nuevo con un programa de llamadas en la radio.
    owner: Equipo de campo
    state: open
---
Habíamos impreso doscientos formularios. El programa de radio llegó a más gente en una hora que los formularios en una semana.
`,
};

const outcome: Record<Text, string> = {
	en: `---
title: The utility publishes its repair schedule
date: 2026-04-03
who: The municipal water utility
change: The utility now posts its weekly repair schedule on the community radio's noticeboard.
significance: Families can store water before a cut instead of finding out when the tap runs dry.
contribution: The monthly map reviews showed the utility which streets were asking the most.
projects: [water-map]
learnings: [ask-on-the-radio]
themes: [community-work]
---
The first schedule went up in April.
`,
	es: `---
title: La empresa de agua publica su calendario de reparaciones
date: 2026-04-03
who: La empresa municipal de agua
change: La empresa publica ahora su calendario semanal de reparaciones en el tablero de la radio comunitaria.
significance: Las familias pueden guardar agua antes de un corte, en lugar de enterarse cuando la llave ya no da.
contribution: Las revisiones mensuales del mapa le mostraron a la empresa qué calles preguntaban más.
projects: [water-map]
learnings: [ask-on-the-radio]
themes: [community-work]
---
El primer calendario se publicó en abril.
`,
};

const call: Record<Text, string> = {
	en: `---
title: Community call on the water map
date: 2026-03-05
participants: { people: 14, organisations: 3 }
projects: [water-map]
actions:
  - what: Share the map's link with every participant.
    owner: Field team
    done: true
  - Invite the water utility to the next call.
---
Neighbours from three streets showed where the supply fails at night.
`,
	es: `---
title: Llamada comunitaria sobre el mapa del agua
date: 2026-03-05
participants: { people: 14, organisations: 3 }
projects: [water-map]
actions:
  - what: Compartir el enlace del mapa con todas las personas que participaron.
    owner: Equipo de campo
    done: true
  - Invitar a la empresa de agua a la próxima llamada.
---
Vecinas y vecinos de tres calles mostraron dónde falla el suministro por la noche.
`,
};

const post: Record<Text, string> = {
	en: `---
title: Why we map water with neighbours
date: 2026-03-10
projects: [water-map]
---
The utility had maps of its pipes, but none of the streets where the water never arrives. So we started one with the people who know.
`,
	es: `---
title: Por qué mapeamos el agua con las vecinas y los vecinos
date: 2026-03-10
projects: [water-map]
---
La empresa tenía mapas de sus tuberías, pero ninguno de las calles adonde el agua nunca llega. Así que empezamos uno con quienes lo saben.
`,
};

const organisation: Record<Text, string> = {
	en: `name: La Voz community radio
description: A community radio station that hosts the map's call-in shows.
`,
	es: `name: Radio comunitaria La Voz
description: Una radio comunitaria que transmite los programas de llamadas sobre el mapa.
`,
};

const assessment: Record<Text, string> = {
	en: `---
title: Ready to map a new neighbourhood?
description: Two questions before the field team starts in a new neighbourhood.
intro: Answer with the field team. It takes a minute.
dimensions:
  - id: people
    label: People
    bands:
      - { from: 0, to: 1, title: Not yet, message: Find a local partner first. }
      - { from: 2, to: 4, title: Ready, message: The neighbourhood can start., next: [Book the radio show.] }
questions:
  - id: partner
    dimension: people
    text: Is there a local group that will host the first meeting?
    options:
      - { label: Yes, score: 2 }
      - { label: No, score: 0 }
  - id: radio
    dimension: people
    text: Does a radio station reach the neighbourhood?
    options:
      - { label: Yes, score: 2 }
      - { label: Not sure, score: 1 }
      - { label: No, score: 0 }
---
Based on what we learned in the water map project.
`,
	es: `---
title: ¿Listos para mapear un barrio nuevo?
description: Dos preguntas antes de que el equipo de campo empiece en un barrio nuevo.
intro: Respóndelas con el equipo de campo. Toma un minuto.
dimensions:
  - id: people
    label: Personas
    bands:
      - { from: 0, to: 1, title: Todavía no, message: Busquen primero una organización local aliada. }
      - { from: 2, to: 4, title: Listos, message: El barrio puede empezar., next: [Reservar el programa de radio.] }
questions:
  - id: partner
    dimension: people
    text: ¿Hay un grupo local que reciba la primera reunión?
    options:
      - { label: Sí, score: 2 }
      - { label: No, score: 0 }
  - id: radio
    dimension: people
    text: ¿Alguna radio llega al barrio?
    options:
      - { label: Sí, score: 2 }
      - { label: No sé, score: 1 }
      - { label: No, score: 0 }
---
Basada en lo que aprendimos con el proyecto del mapa del agua.
`,
};

const guide: Record<Text, string> = {
	en: `---
title: How we write here
---
Write for a colleague who joins next year. One lesson per learning; name who said what only with their consent.

Add an entry with \`npx memoria new\`.
`,
	es: `---
title: Cómo escribimos aquí
---
Escribe para una colega que llegue el año que viene. Una lección por aprendizaje; nombra a quien dijo algo solo con su permiso.

Agrega una entrada con \`npx memoria new\`.
`,
};

/** Each example's path under content/, without the language folder, and its text per language. */
export const examples: readonly { path: string; text: Record<Text, string> }[] = [
	{ path: 'projects/water-map.md', text: project },
	{ path: 'learnings/ask-on-the-radio.md', text: learning },
	{ path: 'outcomes/repair-schedule.md', text: outcome },
	{ path: 'calls/water-map-call.md', text: call },
	{ path: 'posts/why-we-map-water.md', text: post },
	{ path: 'organisations/la-voz-radio.yaml', text: organisation },
	{ path: 'assessments/new-neighbourhood.md', text: assessment },
	{ path: 'docs/guides/how-we-write.md', text: guide },
];

/** The example's text in a language: Spanish or English, the English for any other language. */
export const exampleText = (text: Record<Text, string>, language: string) => (language === 'es' ? text.es : text.en);
