#!/usr/bin/env node
// `npm run class-join -- --url http://localhost:3000 --students 30`: joins N students to the
// class through the JSON API (each with its own cookie jar and nickname), puts them on lessons
// and labs, answers some quiz questions and fills some carts — a class to look at on the
// dashboard. Only this machine's addresses unless `--allow-remote`.
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    students: { type: 'string', default: '30' },
    lang: { type: 'string', default: 'en' },
    'allow-remote': { type: 'boolean', default: false },
  },
});
const site = new URL(values.url);
const count = Number(values.students);
if (!Number.isInteger(count) || count < 1 || count > 500) throw new Error('class-join: --students must be a whole number from 1 to 500.');
if (!['localhost', '127.0.0.1', '[::1]'].includes(site.hostname) && !values['allow-remote'])
  throw new Error(`class-join: ${site.hostname} is not this machine; add --allow-remote to join students to it.`);

const NAMES = [
  'Aarav',
  'Ananya',
  'Bilal',
  'Chitra',
  'Dev',
  'Diya',
  'Farhan',
  'Gauri',
  'Harsh',
  'Isha',
  'Jaspreet',
  'Kabir',
  'Lakshmi',
  'Meera',
  'Nikhil',
];
const PLACES = [
  ['/learn/cookies-101', 'attributes'],
  ['/learn/cookies-101', 'the-cookie-jar'],
  ['/learn/what-is-a-session', null],
  ['/learn/session-id-and-signing', null],
  ['/lab/cart', null],
  ['/lab/login', null],
  ['/lab/security/csrf', null],
];

async function student(index) {
  let cookie = '';
  const call = async (path, body) => {
    const response = await fetch(new URL(path, site), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: site.origin, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0];
    if (!response.ok) throw new Error(`class-join: ${path} answered ${response.status}: ${await response.text()}`);
  };
  const name = `${NAMES[index % NAMES.length]}${index >= NAMES.length ? ` ${Math.floor(index / NAMES.length) + 1}` : ''}`;
  await call('/api/class/join', { nickname: name });
  const [path, section] = PLACES[index % PLACES.length];
  await call('/api/class/report', { kind: 'place', path: `/${values.lang}${path}`, section });
  for (let question = 0; question < index % 5; question++)
    await call('/api/class/report', { kind: 'answer', quiz: 'cookies-101', question, total: 4, right: (index + question) % 3 !== 0 });
  // Every seventh student: three wrong answers in a row, so the dashboard shows who is stuck.
  if (index % 7 === 3)
    for (let question = 0; question < 3; question++)
      await call('/api/class/report', { kind: 'answer', quiz: 'session-id-and-signing', question, total: 4, right: false });
  if (index % 2 === 0) await call('/api/demo/cart', { productId: ['chai', 'samosa', 'jalebi'][index % 3], qty: 1 + (index % 3) });
  return name;
}

const names = await Promise.all(Array.from({ length: count }, (_, index) => student(index)));
console.log(`class-join: ${names.length} students joined ${site.origin}: ${names.join(', ')}`);
