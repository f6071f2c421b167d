/**
 * The words of the share buttons, which src/client/share.ts adds to an article page when
 * the browser can do what they offer. In a file of their own, not in vi.ts: the module
 * that writes them is loaded by every article page and must not carry every word of the
 * site, and the page itself no longer carries them hidden.
 */
export const shareButtons = {
  /** Opens the system share sheet: on phones it lists Zalo and Messenger. */
  sheet: 'Chia sẻ qua Zalo, Messenger…',
  copy: 'Sao chép liên kết',
  copied: 'Đã sao chép liên kết',
  copyFailed: 'Chưa sao chép được, hãy chép địa chỉ bài viết bên dưới',
};
