import type { ExerciseId } from './exercise-ids';
import type { Statement } from './exercises';

/** The practice exercises' statements in Devanagari Hindi, by exercise id (see `exercises.ts`). */
export const hiExercises: Readonly<Record<ExerciseId, Statement>> = {
  'seed-app': {
    title: 'Seed app चलाइए',
    task: 'Lesson 1 वाला express-session app `practice/starter/` से copy करके चलाइए। हर visitor को अपना session मिले, और अगली request पर वही session याद रहे।',
    routes: ['GET / → `User: John Doe, Age: 25`'],
    hints: [
      'Starter जैसा है वैसा ही यह exercise pass कर लेता है; पहले उसे चलाकर check को देखिए।',
      'Cookie jar के बिना हर request एक नया session है: browser से या `curl -c jar -b jar` से आज़माइए।',
    ],
  },
  'no-empty-sessions': {
    title: 'खाली session मत बनाइए',
    task: 'जिस visitor ने login नहीं किया और cart में कुछ नहीं डाला, उसे न cookie मिले, न store में entry बने। `GET /` (जो session में data लिखता है) अब भी cookie भेजे।',
    routes: [
      'GET /me, GET /cart, GET /pages/<name>, कोई भी अनजान URL: बिना cookie के, कोई `Set-Cookie` नहीं',
      'GET / → अब भी cookie',
      '`--redis` के साथ grader इन requests से पहले और बाद `sess:*` keys भी गिनता है',
    ],
    hints: [
      '`saveUninitialized: false` कीजिए।',
      'जो route session में कुछ लिखता ही नहीं, उसके लिए express-session cookie तभी भेजता है जब `saveUninitialized` true हो।',
    ],
  },
  'cookie-flags': {
    title: 'Cookie के flags',
    task: 'Session cookie `HttpOnly` हो, `SameSite=Lax` (या `Strict`) हो, 30 minute में expire हो, और HTTPS proxy के पीछे (`X-Forwarded-Proto: https`) `Secure` भी हो।',
    routes: [
      'GET / → `Set-Cookie: …; HttpOnly; SameSite=Lax; Expires=<30 min बाद>`',
      'GET /, `X-Forwarded-Proto: https` के साथ → `…; Secure`',
    ],
    hints: [
      "`cookie: { httpOnly: true, sameSite: 'lax', maxAge: 30 * 60 * 1000, secure: 'auto' }`",
      "`app.set('trust proxy', 'loopback')`: इसके बिना Express `X-Forwarded-Proto` पर भरोसा नहीं करता।",
    ],
  },
  login: {
    title: 'Login, regenerate के साथ',
    task: 'Accounts `riya` / `chai-1234` और `aman` / `samosa-1234`। Login पर session ID बदलनी चाहिए (`req.session.regenerate`), ताकि पुरानी ID से कोई logged in न रहे।',
    routes: [
      'POST /login `{username, password}` → 200 `{user: {username}}`; गलत password → 401; गलत body → 400',
      'GET /me → 200 `{user}` या 401',
    ],
    hints: [
      '`app.use(express.json())` session से पहले या बाद, लेकिन routes से पहले।',
      'Regenerate के बाद नए session में `user` रखिए, फिर `save` करके जवाब दीजिए।',
    ],
  },
  logout: {
    title: 'Logout जो सच में session खत्म करे',
    task: 'Logout server पर session destroy करे (पुरानी cookie दोबारा भेजने पर भी कोई logged in नहीं) और browser में cookie clear करे।',
    routes: ['POST /logout → 200, session destroyed, ऐसा `Set-Cookie` जो cookie मिटा दे'],
    hints: [
      '`req.session.destroy(cb)`, फिर callback में `res.clearCookie(<cookie का नाम>)`।',
      'सिर्फ़ `delete req.session.user` काफ़ी नहीं: session और उसका बाकी data store में रह जाता है।',
    ],
  },
  cart: {
    title: 'Session में cart',
    task: 'Products `chai`, `samosa`, `jalebi`, `vada-pav`, `lassi`। हर visitor का अपना cart हो; वही product दोबारा add हो तो qty जुड़ जाए; login के बाद भी cart बना रहे।',
    routes: [
      'POST /cart `{productId, qty}` → 200 `{items: [{productId, qty}]}`; `qty` 1–99 का पूरा number, वरना 400; अनजान product → 400',
      'GET /cart → `{items}`',
    ],
    hints: [
      'गलत input पर cart जैसा था वैसा ही रहे: पहले validate, फिर बदलाव।',
      'Login का regenerate एक नया, खाली session देता है: cart को नए session में copy कीजिए।',
    ],
  },
  'parallel-cart': {
    title: 'Parallel adds, कोई update गुम नहीं',
    task: 'एक ही session पर 20 parallel `POST /cart` सब गिने जाएँ। express-session में lock नहीं है: handler में एक छोटा-सा `await` भी updates खो देता है। एक session की requests को एक के बाद एक चलाइए।',
    routes: ['20 × POST /cart `{productId: "chai", qty: 1}` एक साथ → cart में पूरे 20'],
    hints: [
      'Session middleware से पहले एक छोटा middleware: हर cookie value के लिए एक promise chain (lock), जो response खत्म होने पर अगली request को छोड़े।',
      'या handler में lock लेकर `req.session.reload()`, बदलाव, `save()`।',
    ],
  },
  activity: {
    title: 'Activity: आखिरी 10 pages',
    task: 'जिस visitor का session पहले से है, उसके page visits session में लिखिए, नए से पुराने के क्रम में, ज़्यादा से ज़्यादा 10। सिर्फ़ tracking के लिए नया session मत बनाइए।',
    routes: ['GET /pages/<name> → एक visit `{path, at}` record करता है', 'GET /activity → `{visits}`, सबसे नई पहले, ज़्यादा से ज़्यादा 10'],
    hints: ['`unshift`, फिर `slice(0, 10)`।', '`at` एक ISO time या milliseconds; `path` वैसा ही जैसा request में आया, जैसे `/pages/menu`।'],
  },
  'redis-store': {
    title: 'Redis store',
    task: 'MemoryStore की जगह connect-redis लगाइए। Login के बाद Redis में user के साथ `sess:<sid>` हो, और उसका TTL 30 minute से ज़्यादा न हो; logout के बाद key गायब।',
    routes: ['वही routes; check के लिए `--redis redis://127.0.0.1:6379`'],
    hints: [
      "`new RedisStore({ client })` (`import { RedisStore } from 'connect-redis'`); prefix default `sess:` ही रहने दीजिए।",
      'TTL cookie के `maxAge` से आता है; connect-redis का `ttl` option सिर्फ़ बिना expiry वाली cookie के लिए है।',
    ],
  },
};
