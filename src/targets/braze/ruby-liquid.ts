// Ruby's own Liquid (Shopify's gem, what Braze runs) as the strict second oracle.
//
// One `ruby` child process serves every render of this Node process: requests and
// answers are JSON lines ({id, template, data} -> {id, output} | {id, error}). Templates
// are parsed in strict mode (`error_mode: :strict`, so `not`, parentheses and backslash
// escapes are syntax errors, not silently misread) and parsed once per distinct source.
// Rendering uses lax variables like an ESP, unknown filters are errors, and any error
// Liquid would have printed inline ("Liquid error: ...") is reported as an error instead.
// The process runs with TZ=UTC: Braze evaluates dates in UTC.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';

const SERVER = String.raw`
require 'json'
require 'liquid'
$stdout.sync = true
parsed = {}
$stdin.each_line do |line|
  req = JSON.parse(line)
  begin
    source = req['template']
    template = parsed[source]
    if template.nil?
      template = Liquid::Template.parse(source, error_mode: :strict)
      parsed.clear if parsed.size > 2000
      parsed[source] = template
    end
    output = template.render(req['data'] || {}, strict_filters: true)
    if template.errors.empty?
      puts JSON.generate({ 'id' => req['id'], 'output' => output })
    else
      puts JSON.generate({ 'id' => req['id'], 'error' => template.errors.map(&:to_s).join('; ') })
    end
  rescue StandardError, Liquid::Error => e
    puts JSON.generate({ 'id' => req['id'], 'error' => "#{e.class}: #{e.message}" })
  end
end
`;

let available: boolean | undefined;
let version: string | undefined;

/** True when `ruby` with the `liquid` gem can be run here (checked once). */
export function isRubyLiquidAvailable(): boolean {
  if (available === undefined) {
    const probe = spawnSync('ruby', ['-e', 'require "liquid"; print Liquid::VERSION'], { encoding: 'utf8', timeout: 20000 });
    available = probe.status === 0;
    if (available) version = probe.stdout.trim();
  }
  return available;
}

/** The Liquid gem's version, when available. */
export function rubyLiquidVersion(): string | undefined {
  isRubyLiquidAvailable();
  return version;
}

/** Thrown when Ruby Liquid refuses a template or reports an error while rendering it. */
export class RubyLiquidError extends Error {
  override name = 'RubyLiquidError';
}

interface Pending {
  resolve: (output: string) => void;
  reject: (error: Error) => void;
}

class RubyLiquidServer {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stderr = '';
  exited = false;

  constructor() {
    this.child = spawn('ruby', ['-e', SERVER], { env: { ...process.env, TZ: 'UTC', LANG: 'C.UTF-8' }, stdio: 'pipe' });
    this.child.stdout.setEncoding('utf8');
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-4000);
    });
    createInterface({ input: this.child.stdout }).on('line', (line) => this.answer(line));
    this.child.on('error', (e) => this.fail(e));
    this.child.on('exit', (code) => this.fail(new Error(`ruby exited with code ${code}: ${this.stderr}`)));
    this.idle();
  }

  render(template: string, data: unknown): Promise<string> {
    const id = this.nextId++;
    return new Promise<string>((resolve, reject) => {
      if (this.pending.size === 0) this.busy();
      this.pending.set(id, { resolve, reject });
      this.child.stdin.write(`${JSON.stringify({ id, template, data })}\n`);
    });
  }

  private answer(line: string): void {
    const reply = JSON.parse(line) as { id: number; output?: string; error?: string };
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.idle();
    if (reply.error !== undefined) waiting.reject(new RubyLiquidError(reply.error));
    else waiting.resolve(reply.output ?? '');
  }

  private fail(error: Error): void {
    this.exited = true;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  // The child keeps the Node process alive only while a render is waiting for it.
  private busy(): void {
    this.child.ref();
    (this.child.stdout as unknown as { ref(): void }).ref();
  }

  private idle(): void {
    this.child.unref();
    (this.child.stdout as unknown as { unref(): void }).unref();
    (this.child.stderr as unknown as { unref(): void }).unref();
    (this.child.stdin as unknown as { unref(): void }).unref();
  }
}

let server: RubyLiquidServer | undefined;

/** Renders `template` with Ruby Liquid (strict parse). Rejects with RubyLiquidError on any Liquid error. */
export function renderRubyLiquid(template: string, data: unknown): Promise<string> {
  if (!isRubyLiquidAvailable()) return Promise.reject(new Error('ruby-liquid is not installed (apt-get install ruby ruby-liquid)'));
  if (!server || server.exited) server = new RubyLiquidServer();
  return server.render(template, data);
}
