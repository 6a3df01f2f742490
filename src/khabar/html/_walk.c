/* The block walk of khabar/html/blocks.py, in C: the same loop over lexbor's nodes, reading its structs directly.
 *
 * selectolax gives every node's address (LexborNode.mem_id) but no C API to link against, so the few lexbor
 * structs read here are declared below as lexbor lays them out in the release bundled with selectolax 1.0.2.
 * blocks.py only calls this module for that selectolax release, and checks it against the Python walk on a probe
 * page at import; any other release uses the Python walk. Nothing here writes to the tree.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* ---- lexbor's structs (lexbor/dom/interfaces/{node,character_data,element,attr}.h, core/{str,hash}.h) ---- */
typedef unsigned char lxb_char_t;
typedef struct lxb_node lxb_node;
struct lxb_node {
    void *events;
    uintptr_t local_name, prefix, ns;
    void *owner_document;
    lxb_node *next, *prev, *parent, *first_child, *last_child;
    void *user;
    int type;
};
typedef struct { lxb_char_t *data; size_t length; } lxb_str;
typedef struct { lxb_node node; lxb_str data; } lxb_chardata;
typedef struct lxb_attr lxb_attr;
typedef struct {
    lxb_node node;
    uintptr_t upper_name, qualified_name;
    lxb_str *is_value;
    lxb_attr *first_attr, *last_attr;
} lxb_element;
struct lxb_attr {
    lxb_node node;
    uintptr_t upper_name, qualified_name;
    lxb_str *value;
    void *owner;
    lxb_attr *next, *prev;
};
#define HASH_SHORT 16
typedef struct {
    union { lxb_char_t *long_str; lxb_char_t short_str[HASH_SHORT + 1]; } u;
    size_t length;
    void *next;
} lxb_hash_entry;  /* the head of lxb_tag_data_t and lxb_dom_attr_data_t */

#define NODE_ELEMENT 1
#define TAG_TEXT 0x02
#define TAG_LAST 0xc7    /* LXB_TAG__LAST_ENTRY: ids above are pointers to the document's tag data */
#define ATTR_CLASS 0x0b
#define ATTR_ID 0x21
#define ATTR_STYLE 0x3e
#define ATTR_LAST 0x49   /* LXB_DOM_ATTR__LAST_ENTRY */

/* lexbor's static tag names, by id (lexbor/tag/res.h) */
static const char *STATIC_TAGS[TAG_LAST] = {
#include "_walk_tags.h"
};

/* what an element is for the walk */
enum { C_SKIP = 1, C_INLINE = 2, C_BLOCK = 4, C_A = 8, C_FIGURE = 16, C_BR = 32, C_P_H1 = 64, C_PAGE = 128, C_MEDIA = 256,
       C_DIV = 512 };
enum { ENDS_BLOCK = 1, ENDS_LINK = 2, ENDS_CAPTION = 4 };  /* what leaving an element ends */
enum { W_CAPTION = 1, W_FURNITURE = 2 };                    /* what an element's class and id words name */

typedef struct { PyObject *name; int cls; } TagInfo;
typedef struct { Py_ssize_t pid; int ends; } Marker;

typedef struct {
    /* per call */
    PyObject *skip, *inline_, *block, *name_kind, *hidden_style;  /* the sets and tests of blocks.py */
    PyObject *dynamic;  /* tag data address -> (name, class) */
    PyObject *kinds;    /* class-and-id words -> what name_kind says of them */
    TagInfo statics[TAG_LAST];
    PyObject *tags, *parent, *names, *unlikely, *blocks;
    /* the open block's text */
    char *buf; size_t len, cap;
    int has_text;
    long link_chars, links, in_link, in_caption;
    Py_ssize_t *open_blocks; size_t n_open, cap_open;
} Walk;

static const lxb_char_t *entry_str(const lxb_hash_entry *e) {
    return e->length <= HASH_SHORT ? e->u.short_str : e->u.long_str;
}

/* Python's str.isspace() for one code point */
static int is_space(uint32_t c) {
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
           c == 0x202f || c == 0x205f || c == 0x3000;
}

/* the next code point of UTF-8 text (an invalid byte counts as one code point, as "replace" decoding makes it) */
static uint32_t next_cp(const lxb_char_t *s, size_t n, size_t *i) {
    lxb_char_t b = s[*i];
    if (b < 0x80) { (*i)++; return b; }
    int extra = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
    if (!extra || *i + extra >= n) { (*i)++; return 0xfffd; }  /* a stray continuation byte, or cut short */
    uint32_t c = extra == 3 ? b & 7 : extra == 2 ? b & 15 : b & 31;
    for (int k = 1; k <= extra; k++) {
        if ((s[*i + k] & 0xc0) != 0x80) { (*i)++; return 0xfffd; }
        c = (c << 6) | (s[*i + k] & 63);
    }
    *i += 1 + extra;
    return c;
}

/* code points of the text once stripped, as len(t.strip()); -1 when it is all whitespace */
static long stripped_length(const lxb_char_t *s, size_t n) {
    long count = 0, last_text = -1;
    size_t i = 0;
    int started = 0;
    while (i < n) {
        uint32_t c = next_cp(s, n, &i);
        if (!started && is_space(c)) continue;
        started = 1;
        count++;
        if (!is_space(c)) last_text = count;
    }
    return last_text;
}

static int grow(void **p, size_t *cap, size_t need, size_t size) {
    if (need <= *cap) return 0;
    size_t cap2 = *cap ? *cap * 2 : 64;
    while (cap2 < need) cap2 *= 2;
    void *q = PyMem_Realloc(*p, cap2 * size);
    if (!q) { PyErr_NoMemory(); return -1; }
    *p = q; *cap = cap2;
    return 0;
}

/* the open block ends: its text (if any) becomes a block */
static int flush(Walk *w) {
    if (w->has_text) {
        PyObject *raw = PyUnicode_DecodeUTF8(w->buf, (Py_ssize_t)w->len, "replace");
        if (!raw) return -1;
        PyObject *parts = PyUnicode_Split(raw, NULL, -1);
        Py_DECREF(raw);
        if (!parts) return -1;
        PyObject *space = PyUnicode_FromString(" ");
        PyObject *text = space ? PyUnicode_Join(space, parts) : NULL;
        Py_XDECREF(space);
        Py_DECREF(parts);
        if (!text) return -1;
        PyObject *row = Py_BuildValue("(Nnlli)", text, w->open_blocks[w->n_open - 1], w->link_chars, w->links,
                                      w->in_caption > 0);
        if (!row || PyList_Append(w->blocks, row) < 0) { Py_XDECREF(row); return -1; }
        Py_DECREF(row);
    }
    w->len = 0;
    w->has_text = 0;
    w->link_chars = w->links = 0;
    return 0;
}

static int leave(Walk *w, int ends) {
    if (ends & ENDS_BLOCK) {
        if (flush(w) < 0) return -1;
        w->n_open--;
    }
    if (ends & ENDS_LINK) w->in_link--;
    if (ends & ENDS_CAPTION) {
        if (flush(w) < 0) return -1;
        w->in_caption--;
    }
    return 0;
}

static int classify(Walk *w, PyObject *name) {
    const char *s = PyUnicode_AsUTF8(name);
    if (!s) return -1;
    if (strcmp(s, "br") == 0) return C_BR;
    int in_skip = PySet_Contains(w->skip, name);
    if (in_skip < 0) return -1;
    int media = !strcmp(s, "img") || !strcmp(s, "picture") || !strcmp(s, "iframe") || !strcmp(s, "video") ? C_MEDIA : 0;
    if (s[0] == '-' || in_skip) return C_SKIP | media;
    int inl = PySet_Contains(w->inline_, name), blk = PySet_Contains(w->block, name);
    if (inl < 0 || blk < 0) return -1;
    return (inl ? C_INLINE : 0) | (blk ? C_BLOCK : 0) | (strcmp(s, "a") == 0 ? C_A : 0) |
           (strcmp(s, "figure") == 0 ? C_FIGURE : 0) | (strcmp(s, "p") == 0 || strcmp(s, "h1") == 0 ? C_P_H1 : 0) |
           (!strcmp(s, "body") || !strcmp(s, "article") || !strcmp(s, "main") || !strcmp(s, "html") ? C_PAGE : 0) |
           media | (strcmp(s, "div") == 0 ? C_DIV : 0);
}

/* the element's name (as node.tag gives it) and class, into *t (the name borrowed); 1 when found, 0 for a tag id
   this table does not know, -1 on an error */
static int tag_info(Walk *w, lxb_node *node, TagInfo *t) {
    if (node->type != NODE_ELEMENT) {
        t->name = NULL;
        t->cls = C_SKIP;
        return 1;
    }
    uintptr_t id = ((lxb_element *)node)->qualified_name ? ((lxb_element *)node)->qualified_name : node->local_name;
    if (id < TAG_LAST) {
        TagInfo *s = &w->statics[id];
        if (!s->name) {
            if (!STATIC_TAGS[id] || STATIC_TAGS[id][0] == '#') return 0;
            s->name = PyUnicode_InternFromString(STATIC_TAGS[id]);
            if (!s->name) return -1;
            s->cls = classify(w, s->name);
            if (s->cls < 0) return -1;
        }
        *t = *s;
        return 1;
    }
    PyObject *key = PyLong_FromSize_t(id);
    if (!key) return -1;
    PyObject *cached = PyDict_GetItemWithError(w->dynamic, key);  /* (name, class) */
    if (!cached) {
        if (PyErr_Occurred()) { Py_DECREF(key); return -1; }
        const lxb_hash_entry *e = (const lxb_hash_entry *)id;
        PyObject *name = PyUnicode_DecodeUTF8((const char *)entry_str(e), (Py_ssize_t)e->length, "replace");
        int cls = name ? classify(w, name) : -1;
        cached = cls < 0 ? NULL : Py_BuildValue("(Ni)", name, cls);
        if (!cached) { if (cls < 0) Py_XDECREF(name); Py_DECREF(key); return -1; }
        int bad = PyDict_SetItem(w->dynamic, key, cached) < 0;
        Py_DECREF(cached);  /* the dict holds it */
        if (bad) { Py_DECREF(key); return -1; }
    }
    Py_DECREF(key);
    t->name = PyTuple_GET_ITEM(cached, 0);
    t->cls = (int)PyLong_AsLong(PyTuple_GET_ITEM(cached, 1));
    return 1;
}

static int attr_is(const lxb_attr *a, const char *name, uintptr_t static_id) {
    uintptr_t id = a->qualified_name ? a->qualified_name : a->node.local_name;
    if (id < ATTR_LAST) return static_id && id == static_id;
    const lxb_hash_entry *e = (const lxb_hash_entry *)id;
    return e->length == strlen(name) && memcmp(entry_str(e), name, e->length) == 0;
}

/* f"{class or ''} {id or ''}".strip(), from the attributes' UTF-8 bytes */
static PyObject *class_and_id(const lxb_attr *cls, const lxb_attr *id) {
    const lxb_str *c = cls && cls->value && cls->value->data ? cls->value : NULL;
    const lxb_str *i = id && id->value && id->value->data ? id->value : NULL;
    size_t nc = c ? c->length : 0, ni = i ? i->length : 0;
    char small[256], *joined = nc + ni + 1 <= sizeof small ? small : PyMem_Malloc(nc + ni + 1);
    if (!joined) return PyErr_NoMemory();
    if (nc) memcpy(joined, c->data, nc);
    joined[nc] = ' ';
    if (ni) memcpy(joined + nc + 1, i->data, ni);
    PyObject *text = PyUnicode_DecodeUTF8(joined, (Py_ssize_t)(nc + ni + 1), "replace");
    if (joined != small) PyMem_Free(joined);
    if (!text) return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), start = 0, end = n;
    while (start < end && is_space(PyUnicode_READ_CHAR(text, start))) start++;
    while (end > start && is_space(PyUnicode_READ_CHAR(text, end - 1))) end--;
    if (start == 0 && end == n) return text;
    PyObject *stripped = PyUnicode_Substring(text, start, end);
    Py_DECREF(text);
    return stripped;
}

/* what name_kind says of these class and id words, asked once per walk */
static int kind_of(Walk *w, PyObject *name) {
    PyObject *k = PyDict_GetItemWithError(w->kinds, name);
    if (!k) {
        if (PyErr_Occurred()) return -1;
        k = PyObject_CallOneArg(w->name_kind, name);
        if (!k) return -1;
        int bad = PyDict_SetItem(w->kinds, name, k) < 0;
        Py_DECREF(k);  /* the dict holds it */
        if (bad) return -1;
    }
    return (int)PyLong_AsLong(k);
}

/* records an element (tag, parent, class-and-id words, whether it is hidden or furniture) and returns its words'
   kind: the same tests as blocks._unlikely */
static int record(Walk *w, lxb_node *node, const TagInfo *t, Py_ssize_t pid) {
    const lxb_attr *cls = NULL, *id = NULL, *style = NULL;
    int any = 0, hidden = 0, aria_hidden = 0, panel = 0;
    for (const lxb_attr *a = ((lxb_element *)node)->first_attr; a; a = a->next) {
        any = 1;
        if (attr_is(a, "class", ATTR_CLASS)) cls = a;
        else if (attr_is(a, "id", ATTR_ID)) id = a;
        else if (attr_is(a, "style", ATTR_STYLE)) style = a;
        else if (attr_is(a, "hidden", 0)) hidden = 1;
        else if (attr_is(a, "aria-hidden", 0))
            aria_hidden = a->value && a->value->data && a->value->length == 4 && !memcmp(a->value->data, "true", 4);
        else if (attr_is(a, "role", 0))
            panel = a->value && a->value->data && a->value->length == 8 && !memcmp(a->value->data, "tabpanel", 8);
    }
    if (panel) hidden = aria_hidden = 0, style = NULL;  /* a tab's panel: the page's own text, one click away */
    PyObject *name = cls || id ? class_and_id(cls, id) : PyUnicode_New(0, 0);
    if (!name) return -1;
    int kind = PyUnicode_GET_LENGTH(name) ? kind_of(w, name) : 0;
    int unlikely = 0;
    if (kind >= 0 && any) {
        if (hidden || (aria_hidden && !(t->cls & C_P_H1))) {
            unlikely = 1;
        } else if (style && style->value && style->value->data && style->value->length) {
            PyObject *v = PyUnicode_DecodeUTF8((const char *)style->value->data, (Py_ssize_t)style->value->length,
                                               "replace");
            PyObject *r = v ? PyObject_CallOneArg(w->hidden_style, v) : NULL;
            unlikely = r ? PyObject_IsTrue(r) : -1;
            Py_XDECREF(v);
            Py_XDECREF(r);
        }
        if (!unlikely && PyUnicode_GET_LENGTH(name) && !(t->cls & C_PAGE)) unlikely = (kind & W_FURNITURE) != 0;
    }
    PyObject *p = kind >= 0 && unlikely >= 0 ? PyLong_FromSsize_t(pid) : NULL;
    int bad = !p || PyList_Append(w->tags, t->name) < 0 || PyList_Append(w->parent, p) < 0 ||
              PyList_Append(w->names, name) < 0 || PyList_Append(w->unlikely, unlikely ? Py_True : Py_False) < 0;
    Py_XDECREF(p);
    Py_DECREF(name);
    return bad ? -1 : kind;
}

/* 1 when an inline element's class and id words name a caption */
static int inline_caption(Walk *w, lxb_node *node) {
    const lxb_attr *cls = NULL, *id = NULL;
    for (const lxb_attr *a = ((lxb_element *)node)->first_attr; a; a = a->next) {
        if (attr_is(a, "class", ATTR_CLASS)) cls = a;
        else if (attr_is(a, "id", ATTR_ID)) id = a;
    }
    if (!cls && !id) return 0;
    PyObject *name = class_and_id(cls, id);
    if (!name) return -1;
    int kind = PyUnicode_GET_LENGTH(name) ? kind_of(w, name) : 0;
    Py_DECREF(name);
    return kind < 0 ? -1 : (kind & W_CAPTION) != 0;
}

/* a comment, or text of spaces only */
static int blank_node(const lxb_node *n) {
    if (n->type == NODE_ELEMENT) return 0;
    if (n->local_name != TAG_TEXT) return 1;
    const lxb_str *s = &((const lxb_chardata *)n)->data;
    if (!s->data) return 1;
    for (size_t i = 0; i < s->length;)  /* up to the first letter only: a long text is not read through */
        if (!is_space(next_cp(s->data, s->length, &i))) return 0;
    return 1;
}

/* 1 when a <div> is the last element of its parent, right after a picture or a player that is the first:
   "<div><img …><div>The first 10 buses have arrived …</div></div>", the picture's caption (blocks.py's twin) */
static lxb_node *prev_sibling(lxb_node *n) {  /* the previous node that is not blank */
    for (n = n->prev; n && blank_node(n); n = n->prev) {}
    return n;
}

static lxb_node *next_sibling(lxb_node *n) {  /* the next node that is not blank */
    for (n = n->next; n && blank_node(n); n = n->next) {}
    return n;
}

static int media_caption(Walk *w, lxb_node *node) {
    lxb_node *p = prev_sibling(node);
    if (!p || p->type != NODE_ELEMENT) return 0;
    TagInfo info;
    int found = tag_info(w, p, &info);
    if (found <= 0) return found;
    if (!(info.cls & C_MEDIA) || prev_sibling(p) || next_sibling(node)) return 0;
    for (lxb_node *c = node->first_child; c; c = c->next) {  /* a caption holds text, not blocks of its own */
        if (c->type != NODE_ELEMENT) continue;
        if ((found = tag_info(w, c, &info)) <= 0) return found;
        if (info.cls & C_BLOCK) return 0;
    }
    return 1;
}

static int add_text(Walk *w, lxb_node *node) {
    const lxb_str *s = &((lxb_chardata *)node)->data;
    if (!s->data || !s->length) return 0;
    if (grow((void **)&w->buf, &w->cap, w->len + s->length, 1) < 0) return -1;
    memcpy(w->buf + w->len, s->data, s->length);
    w->len += s->length;
    long n = stripped_length(s->data, s->length);
    if (n >= 0) {
        w->has_text = 1;
        if (w->in_link) w->link_chars += n;
    }
    return 0;
}

static int push_open(Walk *w, Py_ssize_t eid) {
    if (grow((void **)&w->open_blocks, &w->cap_open, w->n_open + 1, sizeof(Py_ssize_t)) < 0) return -1;
    w->open_blocks[w->n_open++] = eid;
    return 0;
}

/* walk(root_id, root_tag, skip, inline, block, name_kind, hidden_style) -> (tags, parent, names, unlikely, blocks),
   or None when the tree holds a tag this table does not know (the caller then walks in Python). */
static PyObject *walk(PyObject *Py_UNUSED(self), PyObject *args) {
    unsigned long long root_id;
    PyObject *root_tag;
    Walk w;
    memset(&w, 0, sizeof w);
    if (!PyArg_ParseTuple(args, "KUO!O!O!OO", &root_id, &root_tag, &PyFrozenSet_Type, &w.skip, &PyFrozenSet_Type,
                          &w.inline_, &PyFrozenSet_Type, &w.block, &w.name_kind, &w.hidden_style))
        return NULL;
    PyObject *result = NULL;
    Marker *up = NULL;
    size_t n_up = 0, cap_up = 0;
    int unknown = 0;
    w.dynamic = PyDict_New(); w.kinds = PyDict_New();
    w.tags = PyList_New(0); w.parent = PyList_New(0); w.names = PyList_New(0);
    w.unlikely = PyList_New(0); w.blocks = PyList_New(0);
    if (!w.dynamic || !w.kinds || !w.tags || !w.parent || !w.names || !w.unlikely || !w.blocks) goto done;
    PyObject *minus1 = PyLong_FromLong(-1), *empty = PyUnicode_New(0, 0);
    int bad = !minus1 || !empty || PyList_Append(w.tags, root_tag) < 0 || PyList_Append(w.parent, minus1) < 0 ||
              PyList_Append(w.names, empty) < 0 || PyList_Append(w.unlikely, Py_False) < 0;
    Py_XDECREF(minus1); Py_XDECREF(empty);
    if (bad || push_open(&w, 0) < 0) goto done;

    Py_ssize_t pid = 0;
    lxb_node *node = ((lxb_node *)(uintptr_t)root_id)->first_child;
    while (node) {
        lxb_node *below = NULL;
        if (node->local_name == TAG_TEXT) {
            if (add_text(&w, node) < 0) goto done;
        } else {
            TagInfo info, *t = &info;
            int found = tag_info(&w, node, t);
            if (found < 0) goto done;
            if (!found) {
                unknown = 1;
                break;
            }
            if (t->cls & C_BR) {
                if (flush(&w) < 0) goto done;
            } else if (!(t->cls & C_SKIP)) {
                below = node->first_child;
                if (t->cls & C_INLINE) {
                    if (below) {  /* an inline element: its text joins the block around it */
                        int caption = inline_caption(&w, node), ends = 0;
                        if (caption < 0) goto done;
                        if (caption) {  /* a caption's span ("<span class=imgCaption>") ends the text before it */
                            if (flush(&w) < 0) goto done;
                            w.in_caption++;
                            ends = ENDS_CAPTION;
                        }
                        if (grow((void **)&up, &cap_up, n_up + 1, sizeof(Marker)) < 0) goto done;
                        up[n_up].pid = pid; up[n_up].ends = ends; n_up++;
                        node = below;
                        continue;
                    }
                } else {
                    Py_ssize_t eid = PyList_GET_SIZE(w.tags);
                    int kind = record(&w, node, t, pid);
                    if (kind < 0) goto done;
                    int media = (t->cls & C_DIV) ? media_caption(&w, node) : 0;
                    if (media < 0) goto done;
                    int ends = 0, caption = (t->cls & C_FIGURE) || (kind & W_CAPTION) || media;
                    if (caption) {
                        if (flush(&w) < 0) goto done;
                        w.in_caption++;
                        ends = ENDS_CAPTION;
                    }
                    if (t->cls & C_BLOCK) {
                        if (flush(&w) < 0 || push_open(&w, eid) < 0) goto done;
                        ends |= ENDS_BLOCK;
                    } else if (t->cls & C_A) {
                        w.in_link++;
                        w.links++;
                        ends |= ENDS_LINK;
                    }
                    if (!below) {
                        if (leave(&w, ends) < 0) goto done;
                    } else {
                        if (grow((void **)&up, &cap_up, n_up + 1, sizeof(Marker)) < 0) goto done;
                        up[n_up].pid = pid; up[n_up].ends = ends; n_up++;
                        pid = eid;
                        node = below;
                        continue;
                    }
                }
            }
        }
        lxb_node *following = node->next;
        while (!following && n_up) {  /* the last child: leave elements until one has a next sibling */
            node = node->parent;
            n_up--;
            pid = up[n_up].pid;
            if (up[n_up].ends && leave(&w, up[n_up].ends) < 0) goto done;
            following = node->next;
        }
        node = following;
    }
    if (unknown) {
        result = Py_NewRef(Py_None);
        goto done;
    }
    if (flush(&w) < 0) goto done;
    result = PyTuple_Pack(5, w.tags, w.parent, w.names, w.unlikely, w.blocks);

done:
    for (int i = 0; i < TAG_LAST; i++) Py_XDECREF(w.statics[i].name);
    Py_XDECREF(w.dynamic);
    Py_XDECREF(w.kinds);
    Py_XDECREF(w.tags); Py_XDECREF(w.parent); Py_XDECREF(w.names);
    Py_XDECREF(w.unlikely); Py_XDECREF(w.blocks);
    PyMem_Free(w.buf);
    PyMem_Free(w.open_blocks);
    PyMem_Free(up);
    return result;
}

static PyMethodDef METHODS[] = {
    {"walk", walk, METH_VARARGS, "The blocks and elements under a lexbor node (see khabar.html.blocks.walk)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef MODULE = {PyModuleDef_HEAD_INIT, "_walk", NULL, -1, METHODS};

PyMODINIT_FUNC PyInit__walk(void) { return PyModule_Create(&MODULE); }
