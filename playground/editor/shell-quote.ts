/**
 * Quote one argument for a POSIX shell (bash, zsh): words made only of safe
 * characters stay bare; anything else goes in single quotes, where nothing
 * is special except the quote itself, written as `'\''`.
 */
export function shellQuote(word: string): string {
	if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
	return `'${word.replaceAll("'", `'\\''`)}'`;
}
