/* Small loops of the HTML path in C: each has a Python twin that gives the same answer (khabar/speed.py,
 * html/blocks.py, html/content.py), used when this extension is not built. A test compares the two on every sample page. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* True when the bytes are valid UTF-8 as Python's strict decoder reads it: no overlong forms, no surrogates, nothing
 * above U+10FFFF, no sequence cut short. Runs of ASCII are skipped eight bytes at a time (most of a page is markup). */
static int valid_utf8(const unsigned char *s, Py_ssize_t n) {
    Py_ssize_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (!(w & 0x8080808080808080ULL)) {
                i += 8;
                continue;
            }
        }
        unsigned char c = s[i];
        if (c < 0x80) {
            i++;
        } else if (c >= 0xC2 && c <= 0xDF) {
            if (i + 1 >= n || (s[i + 1] & 0xC0) != 0x80) return 0;
            i += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            if (i + 2 >= n) return 0;
            unsigned char c1 = s[i + 1];
            if ((c1 & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80) return 0;
            if (c == 0xE0 && c1 < 0xA0) return 0; /* overlong */
            if (c == 0xED && c1 > 0x9F) return 0; /* a surrogate */
            i += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            if (i + 3 >= n) return 0;
            unsigned char c1 = s[i + 1];
            if ((c1 & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80 || (s[i + 3] & 0xC0) != 0x80) return 0;
            if (c == 0xF0 && c1 < 0x90) return 0; /* overlong */
            if (c == 0xF4 && c1 > 0x8F) return 0; /* above U+10FFFF */
            i += 4;
        } else {
            return 0;
        }
    }
    return 1;
}

static PyObject *utf8_valid(PyObject *Py_UNUSED(self), PyObject *arg) {
    Py_buffer view;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0) return NULL;
    int ok = valid_utf8((const unsigned char *)view.buf, view.len);
    PyBuffer_Release(&view);
    return PyBool_FromLong(ok);
}

/* The number of runs of word characters in a string: table[c] is 1 for the code points below 65,536 that are
 * letters, marks or digits (built by khabar/speed.py from the regex module's own classes). -1 for a string with a
 * code point above that: the caller counts it with the regex. */
static PyObject *count_words(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *text;
    Py_buffer table;
    if (!PyArg_ParseTuple(args, "Uy*", &text, &table)) return NULL;
    if (table.len != 65536) {
        PyBuffer_Release(&table);
        PyErr_SetString(PyExc_ValueError, "the table must have 65536 entries");
        return NULL;
    }
    const unsigned char *word = (const unsigned char *)table.buf;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), count = 0;
    int kind = PyUnicode_KIND(text), inside = 0;
    const void *data = PyUnicode_DATA(text);
    if (kind == PyUnicode_4BYTE_KIND) {
        PyBuffer_Release(&table);
        return PyLong_FromLong(-1);
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        int w = word[PyUnicode_READ(kind, data, i)];
        count += w && !inside;
        inside = w;
    }
    PyBuffer_Release(&table);
    return PyLong_FromSsize_t(count);
}

/* values[e] += the values of every element below e, elements numbered in document order (parent[e] < e). */
static PyObject *subtree_sums(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *parent, *values;
    if (!PyArg_ParseTuple(args, "O!O!", &PyList_Type, &parent, &PyList_Type, &values)) return NULL;
    Py_ssize_t n = PyList_GET_SIZE(values);
    if (PyList_GET_SIZE(parent) < n) {
        PyErr_SetString(PyExc_ValueError, "parent is shorter than values");
        return NULL;
    }
    for (Py_ssize_t e = n - 1; e > 0; e--) {
        Py_ssize_t p = PyLong_AsSsize_t(PyList_GET_ITEM(parent, e));
        if (p == -1 && PyErr_Occurred()) return NULL;
        if (p < 0) continue;
        if (p >= e) {
            PyErr_SetString(PyExc_ValueError, "a parent must come before its child");
            return NULL;
        }
        PyObject *sum = PyNumber_Add(PyList_GET_ITEM(values, p), PyList_GET_ITEM(values, e));
        if (sum == NULL) return NULL;
        PyList_SetItem(values, p, sum); /* steals sum, releases the old value */
    }
    Py_INCREF(values);
    return values;
}


/* What the content finder reads of one block (khabar/html/blocks.py Block). */
typedef struct {
    Py_ssize_t len, owner, link_chars, clauses;
    int furniture, kind; /* kind: one of the KIND_ codes */
} BlockView;

enum { KIND_OTHER, KIND_TEXT, KIND_PARAGRAPH, KIND_HEADING, KIND_CAPTION };

static PyObject *S_text, *S_kind, *S_owner, *S_link_chars, *S_furniture;

static int kind_code(PyObject *kind) {
    if (PyUnicode_CompareWithASCIIString(kind, "text") == 0) return KIND_TEXT;
    if (PyUnicode_CompareWithASCIIString(kind, "paragraph") == 0) return KIND_PARAGRAPH;
    if (PyUnicode_CompareWithASCIIString(kind, "heading") == 0) return KIND_HEADING;
    if (PyUnicode_CompareWithASCIIString(kind, "caption") == 0) return KIND_CAPTION;
    return KIND_OTHER;
}

static Py_ssize_t get_index(PyObject *obj, PyObject *name) {
    PyObject *v = PyObject_GetAttr(obj, name);
    if (v == NULL) return -1;
    Py_ssize_t n = PyLong_AsSsize_t(v);
    Py_DECREF(v);
    return n;
}

/* The blocks' fields, read once; owners are checked against the element count. NULL with an error set on failure. */
static BlockView *read_blocks(PyObject *blocks, Py_ssize_t size, const char *clause_marks) {
    Py_ssize_t n = PyList_GET_SIZE(blocks);
    BlockView *out = PyMem_Calloc(n ? n : 1, sizeof(BlockView));
    if (out == NULL) return (BlockView *)PyErr_NoMemory();
    PyObject *marks = clause_marks ? PyUnicode_FromString(clause_marks) : NULL;
    if (clause_marks && marks == NULL) goto fail;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *b = PyList_GET_ITEM(blocks, i), *text = PyObject_GetAttr(b, S_text);
        if (text == NULL) goto fail;
        if (!PyUnicode_Check(text)) {
            Py_DECREF(text);
            PyErr_SetString(PyExc_TypeError, "a block's text must be a str");
            goto fail;
        }
        out[i].len = PyUnicode_GET_LENGTH(text);
        if (marks) {
            int kind = PyUnicode_KIND(text);
            const void *data = PyUnicode_DATA(text);
            Py_ssize_t nm = PyUnicode_GET_LENGTH(marks);
            for (Py_ssize_t j = 0; j < out[i].len; j++) {
                Py_UCS4 c = PyUnicode_READ(kind, data, j);
                for (Py_ssize_t k = 0; k < nm; k++)
                    if (c == PyUnicode_READ_CHAR(marks, k)) {
                        out[i].clauses++;
                        break;
                    }
            }
        }
        Py_DECREF(text);
        PyObject *kind = PyObject_GetAttr(b, S_kind);
        if (kind == NULL) goto fail;
        out[i].kind = PyUnicode_Check(kind) ? kind_code(kind) : KIND_OTHER;
        Py_DECREF(kind);
        PyObject *furniture = PyObject_GetAttr(b, S_furniture);
        if (furniture == NULL) goto fail;
        out[i].furniture = PyObject_IsTrue(furniture);
        Py_DECREF(furniture);
        if (out[i].furniture < 0) goto fail;
        out[i].owner = get_index(b, S_owner);
        out[i].link_chars = get_index(b, S_link_chars);
        if (PyErr_Occurred()) goto fail;
        if (out[i].owner < 0 || out[i].owner >= size) {
            PyErr_SetString(PyExc_ValueError, "a block's owner is not an element");
            goto fail;
        }
    }
    Py_XDECREF(marks);
    return out;
fail:
    Py_XDECREF(marks);
    PyMem_Free(out);
    return NULL;
}

static double link_density(const BlockView *b) { return b->len ? (double)b->link_chars / (double)b->len : 0.0; }

/* The element ids of a list of ints, checked: each parent before its child. */
static Py_ssize_t *read_parents(PyObject *parent) {
    Py_ssize_t size = PyList_GET_SIZE(parent);
    Py_ssize_t *out = PyMem_Calloc(size ? size : 1, sizeof(Py_ssize_t));
    if (out == NULL) return (Py_ssize_t *)PyErr_NoMemory();
    for (Py_ssize_t e = 0; e < size; e++) {
        out[e] = PyLong_AsSsize_t(PyList_GET_ITEM(parent, e));
        if (out[e] == -1 && PyErr_Occurred()) break;
        if (out[e] >= e) {
            PyErr_SetString(PyExc_ValueError, "a parent must come before its child");
            break;
        }
    }
    if (PyErr_Occurred()) {
        PyMem_Free(out);
        return NULL;
    }
    return out;
}

/* khabar/html/blocks.py _mark_furniture_python, step for step: which blocks lie under a furniture element. */
static PyObject *furniture_flags(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *tags, *parent_list, *unlikely, *blocks, *result = NULL;
    Py_ssize_t prose_chars;
    double share;
    if (!PyArg_ParseTuple(args, "O!O!O!O!nd", &PyList_Type, &tags, &PyList_Type, &parent_list, &PyList_Type, &unlikely,
                          &PyList_Type, &blocks, &prose_chars, &share))
        return NULL;
    Py_ssize_t size = PyList_GET_SIZE(tags), nb = PyList_GET_SIZE(blocks);
    if (PyList_GET_SIZE(parent_list) != size || PyList_GET_SIZE(unlikely) != size) {
        PyErr_SetString(PyExc_ValueError, "tags, parent and unlikely differ in length");
        return NULL;
    }
    Py_ssize_t *parent = read_parents(parent_list);
    if (parent == NULL) return NULL;
    BlockView *bv = read_blocks(blocks, size, NULL);
    long long *prose = PyMem_Calloc(size ? size : 1, sizeof(long long));
    char *wrapper = PyMem_Calloc(size ? size : 1, 1), *under = PyMem_Calloc(size ? size : 1, 1);
    if (bv == NULL || prose == NULL || wrapper == NULL || under == NULL) {
        if (!PyErr_Occurred()) PyErr_NoMemory();
        goto done;
    }
    long long total = 0;
    for (Py_ssize_t i = 0; i < nb; i++)
        if ((bv[i].kind == KIND_PARAGRAPH || bv[i].kind == KIND_TEXT) && bv[i].len >= prose_chars && link_density(&bv[i]) < 0.3) {
            prose[bv[i].owner] += bv[i].len;
            total += bv[i].len;
        }
    for (Py_ssize_t e = size - 1; e > 0; e--)
        if (parent[e] >= 0) prose[parent[e]] += prose[e];
    Py_ssize_t most = -1;
    for (Py_ssize_t e = 0; e < size; e++) {
        PyObject *tag = PyList_GET_ITEM(tags, e);
        if (!PyUnicode_Check(tag)) continue;
        if (PyUnicode_CompareWithASCIIString(tag, "main") == 0 || PyUnicode_CompareWithASCIIString(tag, "article") == 0)
            if (most < 0 || prose[e] > prose[most]) most = e;
    }
    for (Py_ssize_t e = 0; e < size; e++) {
        PyObject *tag = PyList_GET_ITEM(tags, e);
        if (!PyUnicode_Check(tag)) continue;
        if (PyUnicode_CompareWithASCIIString(tag, "main") != 0 && PyUnicode_CompareWithASCIIString(tag, "article") != 0)
            continue;
        if (e == most || (double)prose[e] >= share * (double)total)
            for (Py_ssize_t k = e; k >= 0 && !wrapper[k]; k = parent[k]) wrapper[k] = 1;
    }
    for (Py_ssize_t e = 0; e < size; e++) {
        if (parent[e] >= 0 && under[parent[e]]) {
            under[e] = 1;
            continue;
        }
        PyObject *tag = PyList_GET_ITEM(tags, e);
        int flagged = PyObject_IsTrue(PyList_GET_ITEM(unlikely, e));
        if (flagged < 0) goto done;
        int aside = PyUnicode_Check(tag) && PyUnicode_CompareWithASCIIString(tag, "aside") == 0;
        under[e] = (flagged || aside) && !wrapper[e] && !(total && (double)prose[e] >= share * (double)total);
    }
    result = PyList_New(nb);
    if (result == NULL) goto done;
    for (Py_ssize_t i = 0; i < nb; i++) {
        PyObject *flag = under[bv[i].owner] ? Py_True : Py_False;
        Py_INCREF(flag);
        PyList_SET_ITEM(result, i, flag);
    }
done:
    PyMem_Free(parent);
    PyMem_Free(bv);
    PyMem_Free(prose);
    PyMem_Free(wrapper);
    PyMem_Free(under);
    return result;
}

/* khabar/html/content.py find_content_python, step for step: (best element, member blocks, its score), or None. */
static PyObject *content_of(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *parent_list, *blocks, *result = NULL;
    const char *clause_marks;
    Py_ssize_t min_chars, prose_chars, climb_chars, climb_levels;
    double w0, w1, w2, climb_ratio, sibling_share, min_sibling;
    if (!PyArg_ParseTuple(args, "O!O!snnddddnndd", &PyList_Type, &parent_list, &PyList_Type, &blocks, &clause_marks,
                          &min_chars, &prose_chars, &w0, &w1, &w2, &climb_ratio, &climb_chars, &climb_levels,
                          &sibling_share, &min_sibling))
        return NULL;
    Py_ssize_t size = PyList_GET_SIZE(parent_list), nb = PyList_GET_SIZE(blocks);
    if (!size || !nb) Py_RETURN_NONE;
    double weights[3] = {w0, w1, w2};
    Py_ssize_t *parent = read_parents(parent_list);
    if (parent == NULL) return NULL;
    BlockView *bv = read_blocks(blocks, size, clause_marks);
    double *score = PyMem_Calloc(size, sizeof(double)), *final = PyMem_Calloc(size, sizeof(double));
    long long *chars = PyMem_Calloc(size, sizeof(long long)), *links = PyMem_Calloc(size, sizeof(long long)),
              *prose = PyMem_Calloc(size, sizeof(long long));
    char *chosen = PyMem_Calloc(size, 1), *inside = PyMem_Calloc(size, 1);
    if (bv == NULL || !score || !final || !chars || !links || !prose || !chosen || !inside) {
        if (!PyErr_Occurred()) PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < nb; i++) {
        const BlockView *b = &bv[i];
        double pts = 0.0;
        if (!(b->furniture || b->len < min_chars || b->kind == KIND_HEADING || b->kind == KIND_CAPTION)) {
            double m = (double)b->len / 100.0;
            pts = ((double)(1 + b->clauses) + (m < 3 ? m : 3)) * (1 - link_density(b));
        }
        Py_ssize_t e = b->kind != KIND_TEXT ? parent[b->owner] : b->owner;
        if (e < 0) continue;
        int is_prose = !b->furniture && b->len >= prose_chars && link_density(b) < 0.25;
        chars[e] += b->len;
        links[e] += b->link_chars;
        prose[e] += is_prose ? b->len : 0;
        for (int k = 0; k < 3 && e >= 0; k++, e = parent[e]) score[e] += pts * weights[k];
    }
    for (Py_ssize_t e = size - 1; e > 0; e--)
        if (parent[e] >= 0) {
            chars[parent[e]] += chars[e];
            links[parent[e]] += links[e];
            prose[parent[e]] += prose[e];
        }
    Py_ssize_t best = 0;
    for (Py_ssize_t e = 0; e < size; e++) {
        final[e] = chars[e] ? score[e] * (1 - (double)links[e] / (double)chars[e]) : 0.0;
        if (final[e] > final[best]) best = e;
    }
    if (final[best] <= 0) {
        result = Py_None;
        Py_INCREF(result);
        goto done;
    }
    Py_ssize_t up = parent[best], k = 0;
    while (up >= 0 && k < climb_levels) {
        if ((double)prose[up] >= climb_ratio * (double)prose[best] + (double)climb_chars) {
            best = up;
            k = 0;
        }
        up = parent[up];
        k++;
    }
    chosen[best] = 1;
    Py_ssize_t above = parent[best];
    if (above >= 0) {
        double threshold = sibling_share * final[best];
        if (threshold < min_sibling) threshold = min_sibling;
        for (Py_ssize_t e = 0; e < size; e++)
            if (parent[e] == above && e != best && final[e] >= threshold) chosen[e] = 1;
        for (Py_ssize_t i = 0; i < nb; i++) {
            const BlockView *b = &bv[i];
            if (parent[b->owner] == above && b->kind == KIND_PARAGRAPH && !b->furniture && b->len >= prose_chars &&
                link_density(b) < 0.25)
                chosen[b->owner] = 1;
        }
    }
    for (Py_ssize_t e = 0; e < size; e++) inside[e] = chosen[e] || (parent[e] >= 0 && inside[parent[e]]);
    PyObject *members = PyList_New(0);
    if (members == NULL) goto done;
    for (Py_ssize_t i = 0; i < nb; i++) {
        if (!inside[bv[i].owner]) continue;
        PyObject *n = PyLong_FromSsize_t(i);
        if (n == NULL || PyList_Append(members, n) < 0) {
            Py_XDECREF(n);
            Py_DECREF(members);
            goto done;
        }
        Py_DECREF(n);
    }
    result = Py_BuildValue("nNd", best, members, final[best]);
done:
    PyMem_Free(parent);
    PyMem_Free(bv);
    PyMem_Free(score);
    PyMem_Free(final);
    PyMem_Free(chars);
    PyMem_Free(links);
    PyMem_Free(prose);
    PyMem_Free(chosen);
    PyMem_Free(inside);
    return result;
}

static PyMethodDef METHODS[] = {
    {"utf8_valid", utf8_valid, METH_O, "True when the bytes are valid UTF-8."},
    {"count_words", count_words, METH_VARARGS, "Runs of word characters in a string (-1: a code point above U+FFFF)."},
    {"subtree_sums", subtree_sums, METH_VARARGS, "Each element's value plus those of the elements below it."},
    {"furniture_flags", furniture_flags, METH_VARARGS, "Per block: whether a furniture element holds it."},
    {"content_of", content_of, METH_VARARGS, "The main content's element, member blocks and score, or None."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef MODULE = {PyModuleDef_HEAD_INIT, "_speed", NULL, -1, METHODS};

PyMODINIT_FUNC PyInit__speed(void) {
    S_text = PyUnicode_InternFromString("text");
    S_kind = PyUnicode_InternFromString("kind");
    S_owner = PyUnicode_InternFromString("owner");
    S_link_chars = PyUnicode_InternFromString("link_chars");
    S_furniture = PyUnicode_InternFromString("furniture");
    if (!S_text || !S_kind || !S_owner || !S_link_chars || !S_furniture) return NULL;
    return PyModule_Create(&MODULE);
}
