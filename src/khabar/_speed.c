/* Small loops of the HTML path in C: each has a Python twin that gives the same answer (khabar/speed.py), used
 * when this extension is not built. A test compares the two on every sample page. */
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

static PyMethodDef METHODS[] = {
    {"utf8_valid", utf8_valid, METH_O, "True when the bytes are valid UTF-8."},
    {"count_words", count_words, METH_VARARGS, "Runs of word characters in a string (-1: a code point above U+FFFF)."},
    {"subtree_sums", subtree_sums, METH_VARARGS, "Each element's value plus those of the elements below it."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef MODULE = {PyModuleDef_HEAD_INIT, "_speed", NULL, -1, METHODS};

PyMODINIT_FUNC PyInit__speed(void) { return PyModule_Create(&MODULE); }
