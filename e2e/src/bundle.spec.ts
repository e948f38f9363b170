import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_ADMIN, type RunningServer, startServer } from './server-process';

/** A one-page PDF whose only text is `text` (ASCII), with a correct cross-reference table. */
function onePagePdf(text: string): Uint8Array {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R ' +
      '/Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) pdf += `${String(at).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

// The bundle leaves some packages to node_modules and splits the .pdf reader into a chunk
// loaded on first use: a plan upload proves both resolve from server/dist (argon2 at
// sign-in, pdf.js at the upload).
describe('the bundled server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('signs in and reads the text of an uploaded PDF', async () => {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(E2E_ADMIN),
    });
    expect(login.status).toBe(200);
    const cookie = /tb_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0];

    const form = new FormData();
    const pdf = onePagePdf('Targetboard bundle check 2020');
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'plan.pdf');
    const upload = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { cookie },
      body: form,
    });
    const body = (await upload.json()) as { document: { format: string; text: string } };
    expect(upload.status).toBe(201);
    expect(body.document.format).toBe('pdf');
    expect(body.document.text.trim()).toBe('Targetboard bundle check 2020');
  });
});
