/**
 * HB-3 Decision: a public-mail domain cannot be a join domain (anyone can have an address
 * there). The common providers; subdomains of them count too.
 */
export const PUBLIC_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com", "msn.com",
  "yahoo.com", "yahoo.co.uk", "yahoo.fr", "ymail.com", "aol.com", "icloud.com", "me.com", "mac.com",
  "proton.me", "protonmail.com", "pm.me", "gmx.com", "gmx.de", "gmx.net", "web.de", "mail.com",
  "yandex.com", "yandex.ru", "mail.ru", "zoho.com", "qq.com", "163.com", "126.com", "fastmail.com", "tutanota.com",
]);

export function isPublicMailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  for (const p of PUBLIC_MAIL_DOMAINS) if (d === p || d.endsWith(`.${p}`)) return true;
  return false;
}
