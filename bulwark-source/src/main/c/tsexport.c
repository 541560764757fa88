/*
 * Bulk export of a tree-sitter tree into Java int arrays in one JNI call.
 *
 * Why: the Java binding looks up JNI field ids on every node it hands to Java, which made copying
 * the tree cost more than parsing it. This shim walks the tree with tree-sitter's own cursor and
 * writes the arrays PyTree is made of (see dev.bulwark.source.python.tree.NativeExport).
 *
 * The tree-sitter functions live in the binding's library, which the JVM loads privately (not
 * RTLD_GLOBAL), so they are looked up at run time in the already loaded object. Only the public
 * structs of tree-sitter's C API (stable since 0.22) are declared here; no tree-sitter code is
 * compiled in. Any failure is reported to Java, which then keeps its own copy path.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <jni.h>
#include <link.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef struct TSTree TSTree;
typedef struct {
  uint32_t context[4];
  const void *id;
  const TSTree *tree;
} TSNode;
typedef struct {
  const void *tree;
  const void *id;
  uint32_t context[3];
} TSTreeCursor;

static TSNode (*ts_root)(const TSTree *);
static TSTreeCursor (*ts_cursor_new)(TSNode);
static void (*ts_cursor_delete)(TSTreeCursor *);
static bool (*ts_first_child)(TSTreeCursor *);
static bool (*ts_next_sibling)(TSTreeCursor *);
static bool (*ts_parent)(TSTreeCursor *);
static TSNode (*ts_current)(const TSTreeCursor *);
static uint16_t (*ts_field)(const TSTreeCursor *);
static uint16_t (*ts_symbol)(TSNode);
static uint32_t (*ts_start)(TSNode);
static uint32_t (*ts_end)(TSNode);
static bool (*ts_has_error)(TSNode);
static uint32_t (*ts_descendants)(TSNode);

static const struct {
  const char *name;
  void **slot;
} FUNCTIONS[] = {
    {"ts_tree_root_node", (void **)&ts_root},
    {"ts_tree_cursor_new", (void **)&ts_cursor_new},
    {"ts_tree_cursor_delete", (void **)&ts_cursor_delete},
    {"ts_tree_cursor_goto_first_child", (void **)&ts_first_child},
    {"ts_tree_cursor_goto_next_sibling", (void **)&ts_next_sibling},
    {"ts_tree_cursor_goto_parent", (void **)&ts_parent},
    {"ts_tree_cursor_current_node", (void **)&ts_current},
    {"ts_tree_cursor_current_field_id", (void **)&ts_field},
    {"ts_node_symbol", (void **)&ts_symbol},
    {"ts_node_start_byte", (void **)&ts_start},
    {"ts_node_end_byte", (void **)&ts_end},
    {"ts_node_has_error", (void **)&ts_has_error},
    {"ts_node_descendant_count", (void **)&ts_descendants},
};
#define FUNCTION_COUNT (sizeof(FUNCTIONS) / sizeof(FUNCTIONS[0]))

#define MAX_CANDIDATES 8
#define MAX_PATH 4096
typedef struct {
  int count;
  char paths[MAX_CANDIDATES][MAX_PATH];
} Candidates;

static bool ready;

/* Collects the loaded objects named like the binding's library (dlopen is not called here, under
 * the loader's lock). */
static int collect(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  Candidates *c = data;
  const char *name = info->dlpi_name;
  if (name != NULL && strstr(name, "tree-sitter") != NULL && strlen(name) < MAX_PATH &&
      c->count < MAX_CANDIDATES) {
    strcpy(c->paths[c->count++], name);
  }
  return 0;
}

/* Resolves every function from exactly one loaded tree-sitter library. Returns 0 when ready, else
 * a small positive code for the Java side's debug reason. */
JNIEXPORT jint JNICALL Java_dev_bulwark_source_python_tree_NativeExport_init(JNIEnv *env,
                                                                               jclass cls) {
  (void)env;
  (void)cls;
  if (ready) {
    return 0;
  }
  static Candidates c;
  c.count = 0;
  dl_iterate_phdr(collect, &c);
  void *found = NULL;
  int matches = 0;
  for (int i = 0; i < c.count; i++) {
    void *handle = dlopen(c.paths[i], RTLD_NOLOAD | RTLD_LAZY);
    if (handle == NULL) {
      continue;
    }
    if (dlsym(handle, FUNCTIONS[0].name) != NULL) {
      matches++;
      found = handle; /* kept open: the functions must outlive any unloading of the binding */
    } else {
      dlclose(handle);
    }
  }
  if (matches == 0) {
    return 1; /* the binding's library is not loaded */
  }
  if (matches > 1) {
    return 2; /* several copies: the tree might belong to the other one */
  }
  for (size_t i = 0; i < FUNCTION_COUNT; i++) {
    void *f = dlsym(found, FUNCTIONS[i].name);
    if (f == NULL) {
      return 3;
    }
    *FUNCTIONS[i].slot = f;
  }
  ready = true;
  return 0;
}

JNIEXPORT jint JNICALL Java_dev_bulwark_source_python_tree_NativeExport_nodeCount(JNIEnv *env,
                                                                                    jclass cls,
                                                                                    jlong tree) {
  (void)env;
  (void)cls;
  if (!ready || tree == 0) {
    return -1;
  }
  uint32_t n = ts_descendants(ts_root((const TSTree *)(intptr_t)tree));
  return n > INT32_MAX ? -1 : (jint)n;
}

JNIEXPORT jboolean JNICALL Java_dev_bulwark_source_python_tree_NativeExport_hasError(JNIEnv *env,
                                                                                     jclass cls,
                                                                                     jlong tree) {
  (void)env;
  (void)cls;
  if (!ready || tree == 0) {
    return JNI_TRUE; /* never reached from Java; the safe answer if it were */
  }
  return ts_has_error(ts_root((const TSTree *)(intptr_t)tree)) ? JNI_TRUE : JNI_FALSE;
}

enum { SYMBOL, FIELD, PARENT, FIRST_CHILD, NEXT_SIBLING, START, END, COLUMNS };

/* Writes node n (when it fits) and returns n's index, or -1 once the arrays are full. */
static int32_t emit(jint **col, uint32_t cap, uint32_t n, const TSTreeCursor *cursor,
                    int32_t parent) {
  if (n >= cap) {
    return -1;
  }
  TSNode node = ts_current(cursor);
  col[SYMBOL][n] = ts_symbol(node);
  col[FIELD][n] = ts_field(cursor);
  col[PARENT][n] = parent;
  col[FIRST_CHILD][n] = -1;
  col[NEXT_SIBLING][n] = -1;
  col[START][n] = (jint)ts_start(node);
  col[END][n] = (jint)ts_end(node);
  return (int32_t)n;
}

/* Preorder walk. Returns the number of nodes; only the first cap are written. Once the arrays are
 * full the walk only counts, so that Java can retry with arrays of the returned size. */
static uint32_t walk(const TSTree *tree, jint **col, uint32_t cap) {
  TSTreeCursor cursor = ts_cursor_new(ts_root(tree));
  uint32_t n = 0;
  uint32_t depth = 0;
  int32_t node = emit(col, cap, n++, &cursor, -1);
  for (;;) {
    if (ts_first_child(&cursor)) {
      depth++;
      int32_t child = node < 0 ? -1 : emit(col, cap, n, &cursor, node);
      n++;
      if (child >= 0) {
        col[FIRST_CHILD][node] = child;
      }
      node = child;
      continue;
    }
    for (;;) {
      if (depth == 0) {
        ts_cursor_delete(&cursor);
        return n;
      }
      if (ts_next_sibling(&cursor)) {
        int32_t sibling = node < 0 ? -1 : emit(col, cap, n, &cursor, col[PARENT][node]);
        n++;
        if (sibling >= 0) {
          col[NEXT_SIBLING][node] = sibling;
        }
        node = sibling;
        break;
      }
      ts_parent(&cursor);
      depth--;
      node = node < 0 ? -1 : col[PARENT][node];
    }
  }
}

/* Fills the seven arrays (all of one length) and returns the node count: larger than the arrays
 * means "call again with arrays this size"; negative means failure. */
JNIEXPORT jint JNICALL Java_dev_bulwark_source_python_tree_NativeExport_export(
    JNIEnv *env, jclass cls, jlong tree, jintArray symbol, jintArray field, jintArray parent,
    jintArray firstChild, jintArray nextSibling, jintArray start, jintArray end) {
  (void)cls;
  if (!ready || tree == 0) {
    return -1;
  }
  jintArray arrays[COLUMNS] = {symbol, field, parent, firstChild, nextSibling, start, end};
  jsize cap = -1;
  for (int i = 0; i < COLUMNS; i++) {
    if (arrays[i] == NULL) {
      return -2;
    }
    jsize len = (*env)->GetArrayLength(env, arrays[i]);
    if (cap >= 0 && len != cap) {
      return -2;
    }
    cap = len;
  }
  jint *col[COLUMNS];
  int pinned = 0;
  while (pinned < COLUMNS) {
    col[pinned] = (*env)->GetPrimitiveArrayCritical(env, arrays[pinned], NULL);
    if (col[pinned] == NULL) {
      break;
    }
    pinned++;
  }
  uint32_t n = 0;
  if (pinned == COLUMNS) {
    n = walk((const TSTree *)(intptr_t)tree, col, (uint32_t)cap);
  }
  while (pinned > 0) {
    pinned--;
    (*env)->ReleasePrimitiveArrayCritical(env, arrays[pinned], col[pinned], 0);
  }
  if (n == 0) {
    return -3; /* could not pin (out of memory); a tree always has its root */
  }
  return n > INT32_MAX ? -4 : (jint)n;
}
