import { test, expect } from '@playwright/test';
test('pdf text', async ({ page }) => {
  await page.setContent('<h1>Hello report</h1><p>Substantiation whole text here</p><svg width="100" height="20"><title>Chart</title><text x="0" y="15">score 74</text></svg>');
  const pdf = await page.pdf({ format: 'A4' });
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((it: any) => it.str).join(' ') + '\n';
  }
  console.log(text);
  expect(text).toContain('Hello report');
});
