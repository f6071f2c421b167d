import type { HeaderRule } from '../security/headers-file.ts';

/**
 * `dist/_headers` as a CloudFront response headers policy: object storage sends no
 * header of its own choosing, so behind CloudFront the security headers come from this
 * policy, attached to the distribution's default behaviour. The JSON is what
 * `aws cloudfront create-response-headers-policy --response-headers-policy-config file://…`
 * takes, or what the console's form asks for, field by field.
 */
export interface ResponseHeadersPolicyConfig {
  Name: string;
  Comment: string;
  SecurityHeadersConfig: {
    StrictTransportSecurity?: {
      Override: true;
      AccessControlMaxAgeSec: number;
      IncludeSubdomains: boolean;
      Preload: boolean;
    };
    ContentTypeOptions?: { Override: true };
    FrameOptions?: { Override: true; FrameOption: 'DENY' | 'SAMEORIGIN' };
    ReferrerPolicy?: { Override: true; ReferrerPolicy: string };
    ContentSecurityPolicy?: { Override: true; ContentSecurityPolicy: string };
  };
  CustomHeadersConfig: { Quantity: number; Items: { Header: string; Value: string; Override: true }[] };
}

/**
 * Directives a browser obeys only in a header. The rest of the build's policy holds the
 * hashes of the scripts each build inlines, and every page carries it in its `<meta>`:
 * a policy pasted once into CloudFront must not pin those hashes, or the next build's
 * pages would be blocked by it.
 */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'sandbox', 'report-uri', 'report-to']);

/**
 * The policy for the `/*` rule of a `_headers` file. CloudFront takes the security headers
 * in fields of their own and refuses them among custom headers, hence the mapping. Rules
 * for other paths would need cache behaviours of their own: the site has none, and one
 * added to `_headers` fails here, by name, rather than be left out without a word.
 */
export function cloudFrontHeadersPolicy(rules: readonly HeaderRule[], name: string): ResponseHeadersPolicyConfig {
  const other = rules.find((rule) => rule.pattern !== '/*' || rule.detached.length > 0);
  if (other) {
    throw new Error(
      `_headers: the rule for ${other.pattern} cannot be carried to one CloudFront policy; only /* headers can`,
    );
  }
  const security: ResponseHeadersPolicyConfig['SecurityHeadersConfig'] = {};
  const custom: ResponseHeadersPolicyConfig['CustomHeadersConfig']['Items'] = [];
  for (const { name: header, value } of rules.flatMap((rule) => rule.headers)) {
    switch (header.toLowerCase()) {
      case 'strict-transport-security': {
        const maxAge = /max-age=(\d+)/i.exec(value);
        if (!maxAge) throw new Error(`_headers: Strict-Transport-Security has no max-age: "${value}"`);
        security.StrictTransportSecurity = {
          Override: true,
          AccessControlMaxAgeSec: Number(maxAge[1]),
          IncludeSubdomains: /includeSubDomains/i.test(value),
          Preload: /preload/i.test(value),
        };
        break;
      }
      case 'x-content-type-options':
        security.ContentTypeOptions = { Override: true };
        break;
      case 'x-frame-options': {
        const option = value.trim().toUpperCase();
        if (option !== 'DENY' && option !== 'SAMEORIGIN') throw new Error(`_headers: X-Frame-Options "${value}"`);
        security.FrameOptions = { Override: true, FrameOption: option };
        break;
      }
      case 'referrer-policy':
        security.ReferrerPolicy = { Override: true, ReferrerPolicy: value };
        break;
      case 'content-security-policy': {
        const kept = value
          .split(';')
          .map((directive) => directive.trim())
          .filter((directive) => HEADER_ONLY_DIRECTIVES.has(directive.split(/\s+/)[0]!.toLowerCase()));
        if (kept.length > 0)
          security.ContentSecurityPolicy = { Override: true, ContentSecurityPolicy: kept.join('; ') };
        break;
      }
      default:
        custom.push({ Header: header, Value: value, Override: true });
    }
  }
  return {
    Name: name,
    Comment: "The site's _headers, made by npm run cdn:headers",
    SecurityHeadersConfig: security,
    CustomHeadersConfig: { Quantity: custom.length, Items: custom },
  };
}
