/**
 * Serves a built site with Debian's nginx and the repository's configuration, for the browser
 * tests' "nginx" project: `node tests/e2e/nginx-server.ts SITE`. Makes a self-signed certificate
 * for 127.0.0.1 (openssl), writes nginx's main configuration around the generated server blocks
 * in a temporary folder (its own pid file, logs and temporary files), and runs nginx in the
 * foreground until it is stopped. Ports: NGINX_HTTPS_PORT (4443) and NGINX_HTTP_PORT (4080).
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { renderNginxConfig } from "../../scripts/lib/nginx.ts";

/** The nginx program: on PATH, or where Debian puts it (not on a normal user's PATH). */
export function findNginx(): string | null {
  for (const dir of [...(process.env.PATH ?? "").split(":"), "/usr/sbin", "/usr/local/sbin"]) {
    if (dir && existsSync(join(dir, "nginx"))) return join(dir, "nginx");
  }
  return null;
}

/** The ports the tests reach nginx on. */
export const NGINX_PORTS = {
  https: Number(process.env.NGINX_HTTPS_PORT ?? 4443),
  http: Number(process.env.NGINX_HTTP_PORT ?? 4080),
};

if (import.meta.main) {
  const nginx = findNginx();
  if (!nginx) {
    process.stderr.write("nginx is not installed: apt-get install -y nginx\n");
    process.exit(1);
  }
  const site = resolve(process.argv[2] ?? ".anju/e2e-site");
  const dir = mkdtempSync(join(tmpdir(), "anju-nginx-"));
  for (const temp of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(join(dir, temp));
  execFileSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1"],
      ...[
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ],
    ],
    { stdio: "ignore" },
  );
  writeFileSync(
    join(dir, "anju.conf"),
    renderNginxConfig({
      serverName: "127.0.0.1",
      root: site,
      http: [`127.0.0.1:${NGINX_PORTS.http}`],
      https: [`127.0.0.1:${NGINX_PORTS.https}`],
      certificate: join(dir, "cert.pem"),
      certificateKey: join(dir, "key.pem"),
    }),
  );
  writeFileSync(
    join(dir, "nginx.conf"),
    [
      // Run as root (CI), nginx's workers would become "nobody", who may not read the checkout.
      ...(process.getuid?.() === 0 ? ["user root;"] : []),
      "daemon off;",
      "worker_processes 1;",
      `pid ${join(dir, "nginx.pid")};`,
      "error_log stderr crit;",
      "events { worker_connections 256; }",
      "http {",
      "    access_log off;",
      "    sendfile on;",
      ...["body", "proxy", "fastcgi", "uwsgi", "scgi"].map(
        (temp) => `    ${temp === "body" ? "client_body" : temp}_temp_path ${join(dir, temp)};`,
      ),
      `    include ${join(dir, "anju.conf")};`,
      "}",
      "",
    ].join("\n"),
  );
  const child = spawn(nginx, ["-p", dir, "-c", join(dir, "nginx.conf"), "-e", "stderr"], {
    stdio: "inherit",
  });
  const stop = () => child.kill("SIGQUIT");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  child.on("exit", (code) => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(code ?? 0);
  });
}
