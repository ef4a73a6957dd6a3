// A small, strict iCalendar (RFC 5545) reader for tests: checks the line endings and folding, unfolds, and builds the
// component tree, so a test can read back what the app wrote the way a calendar app would.

/** One component (VCALENDAR, VEVENT, VALARM…) with its properties and the components inside it. */
export interface IcsComponent {
  name: string;
  props: { name: string; params: Record<string, string>; value: string }[];
  children: IcsComponent[];
}

/** The first value of a property, or undefined. */
export function prop(component: IcsComponent, name: string): string | undefined {
  return component.props.find((p) => p.name === name)?.value;
}

/** Every child component called `name`. */
export function children(component: IcsComponent, name: string): IcsComponent[] {
  return component.children.filter((c) => c.name === name);
}

/** Reverses TEXT escaping (§3.3.11). */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Parses an iCalendar text; throws on anything a strict reader would refuse. */
export function parseIcs(text: string): IcsComponent {
  if (!text.endsWith('\r\n')) throw new Error('The file must end with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    if (/[\r\n]/.test(line)) throw new Error(`A bare CR or LF inside a line: ${JSON.stringify(line)}`);
    const octets = new TextEncoder().encode(line).length;
    if (octets > 75) throw new Error(`A line of ${octets} octets (max 75): ${line}`);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (!logical.length) throw new Error('The file starts with a continuation line');
      logical[logical.length - 1] += line.slice(1);
    } else logical.push(line);
  }
  const stack: IcsComponent[] = [];
  let root: IcsComponent | undefined;
  for (const line of logical) {
    const { name, params, value } = contentLine(line);
    if (name === 'BEGIN') {
      const component: IcsComponent = { name: value, props: [], children: [] };
      if (stack.length) stack[stack.length - 1].children.push(component);
      else if (root) throw new Error('More than one top-level component');
      else root = component;
      stack.push(component);
    } else if (name === 'END') {
      const open = stack.pop();
      if (!open || open.name !== value) throw new Error(`END:${value} does not close ${open?.name}`);
    } else {
      if (!stack.length) throw new Error(`Property outside a component: ${line}`);
      stack[stack.length - 1].props.push({ name, params, value });
    }
  }
  if (stack.length || !root) throw new Error('Unclosed component');
  return root;
}

function contentLine(line: string): { name: string; params: Record<string, string>; value: string } {
  let i = 0;
  let inQuotes = false;
  for (; i < line.length; i++) {
    if (line[i] === '"') inQuotes = !inQuotes;
    else if (line[i] === ':' && !inQuotes) break;
  }
  if (i === line.length) throw new Error(`No colon in content line: ${line}`);
  const [name, ...rawParams] = line.slice(0, i).split(';');
  if (!/^[A-Z0-9-]+$/i.test(name)) throw new Error(`Bad property name: ${name}`);
  const params: Record<string, string> = {};
  for (const p of rawParams) {
    const eq = p.indexOf('=');
    if (eq < 1) throw new Error(`Bad parameter: ${p}`);
    params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1);
  }
  return { name: name.toUpperCase(), params, value: line.slice(i + 1) };
}
