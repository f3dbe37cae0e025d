// Static text (HTML or plain text) made safe to stand between AMPscript code: nothing in
// it may open code. SFMC treats `%%` as the start of a block, an inline expression or a
// personalization string, `{{` as Guide Template Language, and `<script runat=server>`
// as code; each is printed through a tiny inline expression instead:
//   a run of n >= 2 percent signs  ->  %%=Char(37,n)=%%
//   a lone % touching code         ->  %%=Char(37)=%%   (so no `%%%` ever forms at a join)
//   {{                             ->  {%%=Char(123)=%%
//   <script                        ->  %%=Char(60)=%%script
// The recipient sees exactly the original text.

interface Segment {
  code: boolean;
  text: string;
}

const charCode = (code: number, repeat = 1) => `%%=Char(${code}${repeat > 1 ? `, ${repeat}` : ''})=%%`;

const SPECIAL = /%|\{\{|<script/gi;

function segments(text: string): Segment[] {
  const out: Segment[] = [];
  const add = (code: boolean, s: string) => {
    const last = out[out.length - 1];
    if (last && last.code === code) last.text += s;
    else out.push({ code, text: s });
  };
  for (let i = 0; i < text.length; ) {
    if (text[i] === '%') {
      let n = 1;
      while (text[i + n] === '%') n++;
      if (n >= 2) add(true, charCode(37, n));
      else add(false, '%');
      i += n;
    } else if (text.startsWith('{{', i)) {
      add(false, '{');
      add(true, charCode(123));
      i += 2;
    } else if (/^<script/i.test(text.slice(i, i + 7))) {
      add(true, charCode(60));
      add(false, text.slice(i + 1, i + 7));
      i += 7;
    } else {
      // Plain text up to the next thing that may start code.
      SPECIAL.lastIndex = i + 1;
      const next = SPECIAL.exec(text);
      const end = next ? next.index : text.length;
      add(false, text.slice(i, end));
      i = end;
    }
  }
  return out;
}

/** The text as AMPscript content that prints it unchanged and opens no code. */
export function escapeStaticText(text: string): string {
  if (!text.includes('%') && !text.includes('{{') && !/<script/i.test(text)) return text;
  const parts = segments(text);
  let out = '';
  parts.forEach((seg, i) => {
    if (seg.code) {
      out += seg.text;
      return;
    }
    let s = seg.text;
    // Code (or the part's own code) may stand on either side of any static run.
    let head = '';
    let tail = '';
    if (s.startsWith('%') && (i === 0 || parts[i - 1]!.code)) {
      head = charCode(37);
      s = s.slice(1);
    }
    if (s.endsWith('%') && (i === parts.length - 1 || parts[i + 1]!.code)) {
      tail = charCode(37);
      s = s.slice(0, -1);
    }
    out += head + s + tail;
  });
  return out;
}
