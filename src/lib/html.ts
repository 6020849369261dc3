/** Text for an HTML attribute or element: `& < > " '` as numeric references, the rest as it is. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
