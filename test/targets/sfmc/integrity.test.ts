// The integrity check finds broken AMPscript and leaked delimiters.
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../../src/targets/sfmc/integrity.js';
import type { EmittedParts } from '../../../src/targets/target.js';

const parts = (html: string): EmittedParts => ({ html, text: '', subject: '', preheader: '' });

describe('sfmc integrity', () => {
  it('accepts balanced code', () => {
    expect(checkIntegrity(parts('%%[ VAR @a SET @a = AttributeValue("A") IF (NOT Empty(@a)) THEN ]%%x%%[ ENDIF ]%%%%=v(@a)=%%'))).toEqual([]);
  });
  it.each([
    ['an IF without ENDIF', '%%[ IF (1 == 1) THEN ]%%x'],
    ['a FOR without NEXT', '%%[ FOR @i = 1 TO 2 DO ]%%x'],
    ['an unclosed block', '%%[ SET @a = 1 '],
    ['an unclosed inline expression', '%%=v(@a)'],
    ['a stray ENDIF', '%%[ ENDIF ]%%'],
    ['a leftover placeholder', 'Hi tailorpho12z'],
    ['a personalization string in text', 'Hi %%FirstName%%'],
    ['Guide Template Language in text', 'Hi {{name}}'],
    ['a server script in text', '<script runat="server" language="javascript">x</script>'],
    ['%% in text', 'Hi %%) there'],
    ['a function Tailor never emits', '%%=TreatAsContent("x")=%%'],
  ])('reports %s', (_what, code) => {
    expect(checkIntegrity(parts(code)).length).toBeGreaterThan(0);
  });
});
