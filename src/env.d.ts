interface ImportMetaEnv {
  /** True in `astro dev` only (src/integrations/publishing-mode.ts). */
  readonly SHOW_UNPUBLISHED: boolean;
}
