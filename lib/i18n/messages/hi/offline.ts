import type { OfflineMessages } from '../en/offline';

export const offline: OfflineMessages = {
  card: {
    lesson: 'Lesson {number}',
    lab: 'Live lab',
    course: 'HTTP sessions, अंदर से',
  },
  manifest: {
    shortName: 'Pathshala',
  },
  page: {
    title: 'आप offline हैं',
    lead: 'यह page इस device पर save नहीं है, और अभी server तक पहुँच नहीं हो पा रही।',
    lessons: 'जो lessons आपने पहले खोले थे, वे save हैं: वे बिना network के खुल जाते हैं।',
    labs: 'Labs और cookie inspector हर click पर server से बात करते हैं, इसलिए उन्हें server चाहिए। Connection लौटते ही वे फिर से चलने लगते हैं।',
    toLessons: 'Lessons पर जाइए',
  },
  save: {
    title: 'बिना network के पढ़िए',
    lead: 'आप जो भी lesson खोलते हैं, वह इस device पर रख लिया जाता है। पूरा course अभी save कर लीजिए, ताकि train में या Wi-Fi जाने पर भी पढ़ सकें।',
    button: 'पूरा course offline के लिए save कीजिए',
    saving: '{total} में से lesson {done} save हो रहा है…',
    saved: 'सभी {total} lessons इस device पर save हैं।',
    partly: '{total} में से {done} lessons save हुए; {failed} नहीं आ पाए। Connection बेहतर होने पर फिर कोशिश कीजिए।',
    unavailable: 'यह browser pages को offline नहीं रख सकता (service worker नहीं है), इसलिए lessons के लिए network चाहिए।',
    progress: 'Save हुए lessons',
  },
  serverNeeded: {
    title: 'Server से connection नहीं है',
    body: 'यह lab और inspector server पर चलते हैं, इसलिए उन्हें server चाहिए। Lesson का text फिर भी चलता है। Connection लौटते ही यहाँ सब फिर से चलने लगेगा।',
  },
};
