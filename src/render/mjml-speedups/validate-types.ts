// A faster equal of mjml-validator's validTypes rule, which checks every attribute of
// every element against its type. mjml's rule builds a type object per attribute (each
// constructor compiles regexes; the color type joins ~150 color names into a new RegExp)
// to ask isValid(). Whether a value is valid depends only on its type and the value, so
// the answer is remembered per type and string value; the error of an invalid value is
// made exactly as mjml makes it. Installed through mjml-validator's own registerRule().

type TypeChecker = new (value: unknown) => { isValid(): boolean; getErrorMessage(): string | undefined };
interface Element {
  attributes?: Record<string, unknown>;
  tagName: string;
}
interface RuleOptions {
  components: Record<string, { allowedAttributes?: Record<string, string> } | undefined>;
  initializeType: (typeConfig: string) => TypeChecker;
}
type RuleError = (message: string, element: Element) => unknown;

/** Remembered answers per type beyond this many are forgotten (a long watch session sees many values). */
const MAX_REMEMBERED = 20_000;

export function fastValidateTypes(ruleError: RuleError) {
  const validity = new Map<TypeChecker, Map<string, boolean>>();
  let remembered = 0;
  const isValid = (Type: TypeChecker, value: unknown): boolean => {
    // Only strings are remembered: a type may tell values of other kinds apart (the
    // boolean type accepts `true`, not "true").
    if (typeof value !== 'string') return new Type(value).isValid();
    let byValue = validity.get(Type);
    if (!byValue) validity.set(Type, (byValue = new Map()));
    let valid = byValue.get(value);
    if (valid === undefined) {
      if (remembered >= MAX_REMEMBERED) {
        validity.clear();
        validity.set(Type, byValue);
        byValue.clear();
        remembered = 0;
      }
      valid = new Type(value).isValid();
      byValue.set(value, valid);
      remembered++;
    }
    return valid;
  };
  return function validTypes(element: Element, { components, initializeType }: RuleOptions): unknown[] | null {
    const { attributes, tagName } = element;
    const Component = components[tagName];
    if (!Component) return null;
    const errors: unknown[] = [];
    for (const [attr, value] of Object.entries(attributes || {})) {
      const attrType = Component.allowedAttributes && Component.allowedAttributes[attr];
      if (!attrType) continue;
      const Type = initializeType(attrType);
      // `=== false`, as mjml asks: an isValid() that returns nothing is not an error.
      if (isValid(Type, value) === false) errors.push(ruleError(`Attribute ${attr} ${new Type(value).getErrorMessage()}`, element));
    }
    return errors;
  };
}
