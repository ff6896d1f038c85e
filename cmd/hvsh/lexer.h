/*
 * The one tokenizer of command strings (rules in lexer.c): every interactive
 * line, the single-argument one-shot form and the completion engine go
 * through it.
 */
#ifndef HVSH_LEXER_H
#define HVSH_LEXER_H

#include <stdbool.h>
#include <stddef.h>

struct lex_cmd {
	char **words;		/* NULL-terminated, owned */
	size_t n;
};

struct lex_result {
	struct lex_cmd *cmds;	/* non-empty commands only */
	size_t n;
	size_t cap;		/* room in cmds */
	/*
	 * Completion needs to know where the text stops: open is true when
	 * the text ends inside a word (the last word of the last command
	 * is being typed); quote is the quote character left open, or 0;
	 * in_comment when the end lies in a comment.  ended is true when
	 * the text ends after a ';' or newline (the last command is done).
	 */
	bool open;
	char quote;
	bool in_comment;
	bool ended;
};

enum {
	/* Tolerate an unterminated '"' and a trailing '\' (completion). */
	LEX_LENIENT = 1 << 0,
};

/*
 * Split s into commands.  Returns 0, or -1 with *err set to the message
 * ("missing \"", "dangling \\"; static, not freed) and r emptied.
 * Release r with lex_result_release() in both cases.
 */
int lex_split(const char *s, unsigned int flags, struct lex_result *r,
    const char **err);
void lex_result_release(struct lex_result *r);

#endif
