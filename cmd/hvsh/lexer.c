/*
 * Tokenizer for command strings.  The rules are the shell's subset virsh
 * accepts: blanks separate words, ';' and newline separate
 * commands, '#' at the start of a word comments out the rest of the
 * line, '...' is literal, "..." and bare text honour backslashes, and a
 * backslash-newline pair vanishes everywhere but inside '...'.
 */
#include <stdlib.h>
#include <string.h>

#include "lexer.h"
#include "util/buf.h"
#include "util/strv.h"
#include "util/xalloc.h"

enum token {
	TK_END,
	TK_CMD_END,
	TK_WORD,
	TK_ERROR,
};

struct lexer {
	const char *p;
	unsigned int flags;
	const char *err;
	/* What the last token looked like where the text stops. */
	bool open;
	char quote;
	bool in_comment;
};

static enum token
next_token(struct lexer *lx, struct hv_buf *word)
{
	const char *p = lx->p;
	bool sq = false, dq = false;

	lx->open = false;
	lx->quote = 0;
	lx->in_comment = false;
	while (*p == ' ' || *p == '\t' || (*p == '\\' && p[1] == '\n'))
		p += *p == '\\' ? 2 : 1;
	if (*p == '\0') {
		lx->p = p;
		return TK_END;
	}
	if (*p == ';' || *p == '\n') {
		lx->p = p + 1;
		return TK_CMD_END;
	}
	if (*p == '#') {
		while (*p != '\0' && *p != '\n')
			p++;
		if (*p == '\0')
			lx->in_comment = true;
		lx->p = *p ? p + 1 : p;
		return TK_CMD_END;
	}
	hv_buf_reset(word);
	while (*p != '\0') {
		if (!sq && !dq &&
		    (*p == ' ' || *p == '\t' || *p == ';' || *p == '\n'))
			break;
		if (!dq && *p == '\'') {
			sq = !sq;
			p++;
			continue;
		}
		if (!sq && *p == '\\') {
			p++;
			if (*p == '\0') {
				if (!(lx->flags & LEX_LENIENT)) {
					lx->err = "dangling \\";
					return TK_ERROR;
				}
				break;
			}
			if (*p == '\n') {
				p++;
				continue;
			}
		} else if (!sq && *p == '"') {
			dq = !dq;
			p++;
			continue;
		}
		hv_buf_addc(word, *p++);
	}
	if (dq && !(lx->flags & LEX_LENIENT)) {
		lx->err = "missing \"";
		return TK_ERROR;
	}
	if (*p == '\0') {
		lx->open = true;
		lx->quote = sq ? '\'' : dq ? '"' : 0;
	}
	lx->p = p;
	return TK_WORD;
}

static void
add_word(char ***words, size_t *n, size_t *cap, const char *w)
{
	*words = xgrow(*words, cap, *n + 2, sizeof(**words));
	(*words)[(*n)++] = xstrdup(w);
	(*words)[*n] = NULL;
}

static void
end_command(struct lex_result *r, char ***words, size_t *n, size_t *cap)
{
	if (*n == 0)
		return;
	r->cmds = xgrow(r->cmds, &r->cap, r->n + 1, sizeof(*r->cmds));
	r->cmds[r->n].words = *words;
	r->cmds[r->n].n = *n;
	r->n++;
	*words = NULL;
	*n = 0;
	*cap = 0;
}

int
lex_split(const char *s, unsigned int flags, struct lex_result *r,
    const char **err)
{
	struct lexer lx = { .p = s, .flags = flags };
	struct hv_buf word = HV_BUF_INIT;
	char **words = NULL;
	size_t n = 0, cap = 0;
	enum token tk;
	int ret = -1;

	memset(r, 0, sizeof(*r));
	for (;;) {
		tk = next_token(&lx, &word);
		if (tk == TK_ERROR) {
			*err = lx.err;
			goto cleanup;
		}
		if (tk == TK_END)
			break;
		if (tk == TK_CMD_END) {
			end_command(r, &words, &n, &cap);
			r->ended = !lx.in_comment;
			r->in_comment = lx.in_comment;
			continue;
		}
		add_word(&words, &n, &cap, hv_buf_str(&word));
		r->ended = false;
		r->open = lx.open;
		r->quote = lx.quote;
	}
	if (n > 0 && !r->open) {
		/* Text ends in blanks after the last word. */
		r->quote = 0;
	}
	end_command(r, &words, &n, &cap);
	ret = 0;

cleanup:
	hv_buf_release(&word);
	hv_strv_free(words);
	if (ret < 0)
		lex_result_release(r);
	return ret;
}

void
lex_result_release(struct lex_result *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		hv_strv_free(r->cmds[i].words);
	free(r->cmds);
	memset(r, 0, sizeof(*r));
}
