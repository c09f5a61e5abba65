/** The glossary's definitions in Devanagari Hindi, by entry id (see `glossary.ts`). */
export const hiGlossary: Record<string, string> = {
  session:
    'किसी एक visitor के लिए server की short-term memory: data server पर रहता है, और browser के पास सिर्फ़ एक session ID होती है जो हर request के साथ वापस आती है।',
  cookie:
    'एक छोटा-सा name=value जोड़ा जो server `Set-Cookie` header में भेजता है; browser उसे रख लेता है और मेल खाने वाली requests के `Cookie` header में वापस भेजता है।',
  'session-id':
    'एक लंबी random string जो store में session ढूँढने की चाबी है — cloakroom के token जैसी। इसका कोई मतलब नहीं होना चाहिए और इसे guess करना नामुमकिन होना चाहिए।',
  signature:
    'Session ID के साथ जुड़ा एक HMAC, जिसे सिर्फ़ secret जानने वाला ही बना सकता है। बदली हुई cookie पकड़ी जाती है। Signature कुछ छिपाता नहीं — यह encryption नहीं है।',
  hmac: 'Hash-based Message Authentication Code: एक secret key और एक hash function (यहाँ SHA-256) से बना fingerprint, जो बताता है कि message किसी ने बदला तो नहीं।',
  store: 'वह जगह जहाँ server session data रखता है, session ID के नाम से: process की memory, Redis, या कोई database।',
  'store-get':
    'Store का method जो session ID से session पढ़ता है। express-session इसे request की शुरुआत में बुलाता है, जब cookie का signature सही हो। Entry न मिले (या expire हो चुकी हो) तो जवाब `null` आता है, और request को नया, खाली session मिलता है।',
  'store-set':
    'Store का method जो पूरा session (data और cookie की settings) उसकी ID के नीचे लिखता है; पहले वाली entry बदल जाती है। express-session इसे save के वक़्त बुलाता है: जब session बदला हो, नया session save करना हो, `resave: true` हो, या `req.session.save()` बुलाया गया हो।',
  'store-touch':
    'Store का method जो बताता है कि session अभी इस्तेमाल हो रहा है: data दोबारा नहीं लिखा जाता, सिर्फ़ expiry आगे बढ़ती है (connect-redis `EXPIRE` भेजता है)। express-session इसे request के आख़िर में बुलाता है, जब session save नहीं हुआ। यह optional है; store में न हो तो कुछ नहीं होता।',
  'store-destroy':
    'Store का method जो session की entry मिटा देता है। `req.session.destroy()` (logout) इसे बुलाता है, और `regenerate()` भी नई ID देने से पहले। Browser की cookie तक यह नहीं पहुँचता: वह `clearCookie` या expiry तक वहीं रहती है, बस अब किसी entry की तरफ़ इशारा नहीं करती।',
  ttl: 'Time to live: कितने seconds बाद store किसी entry को अपने आप मिटा देगा। connect-redis इसे cookie की बची हुई उम्र से set करता है।',
  middleware: 'Express में एक function जो request और response के बीच चलता है। express-session एक middleware है जो `req.session` तैयार करता है।',
  httponly:
    'Cookie का एक attribute: page का JavaScript (`document.cookie`) इस cookie को पढ़ नहीं सकता, इसलिए XSS से session ID चुराना काफ़ी मुश्किल हो जाता है।',
  samesite:
    'Cookie का एक attribute जो बताता है कि किसी दूसरी site से शुरू हुई request के साथ cookie जाए या नहीं: `Strict`, `Lax` या `None` (जिसके लिए `Secure` ज़रूरी है)।',
  'secure-cookie': '`Secure` attribute वाली cookie को browser सिर्फ़ HTTPS पर भेजता है।',
  csrf: 'Cross-Site Request Forgery: कोई दूसरी site आपके browser से आपकी session cookie के साथ request भिजवा देती है। SameSite और CSRF tokens इससे बचाते हैं।',
  xss: 'Cross-Site Scripting: attacker की script आपके page में चल जाती है और वह सब कर सकती है जो page कर सकता है — HttpOnly cookie पढ़ नहीं सकती, लेकिन requests फिर भी भेज सकती है।',
  'session-fixation':
    'Attacker victim को ऐसी session ID थमा देता है जो उसे पहले से पता है; login के बाद वही ID logged in हो जाती है। बचाव: login पर session ID regenerate कीजिए।',
  stateless:
    'Session का पूरा data cookie में ही रहता है (seal या sign करके); server पर कुछ store नहीं होता। तेज़ और आसान, लेकिन expire होने से पहले revoke करना मुश्किल।',
  jwt: 'JSON Web Token: base64url में header.payload.signature। यह signed होता है, encrypted नहीं — payload कोई भी पढ़ सकता है।',
  seal: 'iron-session की cookie: data encrypt भी होता है और sign भी (`Fe26.2*…`)। न इसे पढ़ सकते हैं, न बदल सकते हैं।',
  regenerate: 'पुरानी session ID हटाकर नई ID देना (express-session में `req.session.regenerate()`), ख़ासकर login पर — fixation से बचाव।',
  rolling: 'express-session का option: हर response पर cookie दोबारा भेजना, ताकि हर request के साथ expiry आगे बढ़ती रहे।',
  resave:
    'express-session का option: `true` हो तो बिना बदला session भी हर request पर store में दोबारा लिखा जाता है; `false` हो और store में `touch` हो, तो सिर्फ़ touch होता है।',
  'save-uninitialized':
    'express-session का option: `true` हो तो नया, बिना बदला session भी save होता है और उसे cookie मिलती है; `false` हो तो जब तक data न आए, कुछ नहीं होता।',
  cors: "Cross-Origin Resource Sharing: server के headers जो बताते हैं कि किसी दूसरे origin का page response पढ़ सकता है या नहीं। Cookies के साथ (`credentials: 'include'`) इनमें ठीक वही origin और `Access-Control-Allow-Credentials: true` होना चाहिए; `*` नहीं चलता।",
  'trust-proxy':
    'Express की एक setting जो बताती है कि आगे खड़े proxy के `X-Forwarded-*` headers पर कितना भरोसा करना है। इसके बिना, HTTPS proxy के पीछे express-session `secure` cookie भेजता ही नहीं।',
  'bearer-token':
    'ऐसा token जिसे client खुद `Authorization: Bearer …` header में भेजता है; browser उसे अपने आप नहीं लगाता, इसलिए CSRF का खतरा नहीं, लेकिन scripts उसे पढ़ सकती हैं। यह opaque (store में ढूँढा जाने वाला) या JWT हो सकता है।',
  'refresh-token':
    'लंबी उम्र वाला token, जो सिर्फ़ नया, कम उम्र वाला access token लेने के काम आता है। Server इसका record रखता है, हर इस्तेमाल पर इसे rotate करता है, और logout पर मिटा देता है।',
};
