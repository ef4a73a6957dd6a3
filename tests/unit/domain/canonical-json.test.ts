import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/domain/canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops whitespace, so key order and spacing never change the text', () => {
    const a = JSON.parse('{ "b": 1, "a": { "d": [3, {"z": true, "y": null}], "c": "x" } }');
    const b = JSON.parse('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
    expect(canonicalJson(a)).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });

  it('writes numbers and strings as JSON does (shortest round-trip numbers, escaped text)', () => {
    expect(canonicalJson([1.5, 1e21, -0, 0.1 + 0.2, 'é "q"\n', '😀'])).toBe(
      '[1.5,1e+21,0,0.30000000000000004,"é \\"q\\"\\n","😀"]',
    );
  });

  it('orders keys by UTF-16 code units, as RFC 8785 does', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3, '😀': 4, a: 5 })).toBe('{"Z":3,"a":5,"z":2,"é":1,"😀":4}');
  });

  it('keeps an own "__proto__" key from JSON.parse in the text (so a planted key changes the checksum)', () => {
    const parsed = JSON.parse('{"a":1,"__proto__":{"x":1}}');
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"x":1},"a":1}');
  });

  it('refuses values that are not JSON', () => {
    expect(() => canonicalJson({ a: NaN })).toThrow(TypeError);
    expect(() => canonicalJson([Infinity])).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
  });
});
