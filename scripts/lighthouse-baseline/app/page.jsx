import Link from 'next/link';

export default function Page() {
  return (
    <main>
      <h1>Baseline</h1>
      <p>One heading, one paragraph and one link, prerendered: what Next.js and React cost before a site adds anything.</p>
      <Link href="/">Home</Link>
    </main>
  );
}
