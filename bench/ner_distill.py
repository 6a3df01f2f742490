"""Experiment, not shipped: knowledge distillation into khabar's CRF. The teacher is the ensemble of the char-CNN +
word BiLSTM-CRF ("big", bench/ner_ensemble_gpu.py) and the first-round CRF (per-token tag marginals averaged, w=0.5,
BIO-constrained Viterbi over the averaged marginals). It labels the unlabeled news sentences that self-training
reads (selftrain.sentences(texts(shared))), in place of the first CRF's own confident tags; the second CRF is then
fitted as train.py fits it (same features, PARAMS, seed, shuffling; the shipped clusters and name words, not rebuilt).

Everything is written under .devdata/distill/ (never into src/khabar/models). Run pinned to one core:

    taskset -c 0 .venv/bin/python bench/ner_distill.py round1      # first-round CRF (train.py's first _fit)
    taskset -c 0 .venv/bin/python bench/ner_distill.py control     # train.py's self-training: second CRF
    taskset -c 0 .venv/bin/python bench/ner_distill.py teacher     # teacher tags + confidences of the candidates
    taskset -c 0 .venv/bin/python bench/ner_distill.py fit --name all_ent --select entity
    taskset -c 0 .venv/bin/python bench/ner_distill.py fit --name ent_min90 --select entity --conf min_ent --threshold 0.9
    taskset -c 0 .venv/bin/python bench/ner_distill.py score MODEL ...
"""
from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse
import importlib.util
import json
import sys
import time
import zlib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / ".devdata"
OUT = DEV / "distill"
TEACHER = DEV / "teacher"
SHARED = ROOT.parent / "shared"
IL_NER = SHARED / "data" / "il-ner-hindi"
HINER = SHARED / "data" / "hiner-validation" / "hiner-collapsed-validation-dev.conll"

_spec = importlib.util.spec_from_file_location("ner_ensemble_gpu", ROOT / "bench" / "ner_ensemble_gpu.py")
ens = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ens)


def crc(path: Path) -> str:
    return f"{zlib.crc32(path.read_bytes()):08x}"


def package_files() -> dict:
    """The shipped clusters and name words the features read (cached loaders): must be the same for every model."""
    from importlib import resources

    from khabar.ner import clusters, names

    files = resources.files("khabar.models")
    return {f: f"{zlib.crc32((files / f).read_bytes()):08x}" for f in (clusters.FILE, names.FILE)}


def check_features(expected: dict | None = None) -> dict:
    now = package_files()
    ref = OUT / "package_files.json"
    if expected is None:
        if ref.exists():
            expected = json.loads(ref.read_text())
        else:
            ref.write_text(json.dumps(now))
            expected = now
    assert now == expected, f"shipped clusters/names changed: {now} != {expected}"
    return now


def load_train():
    from khabar.ner.train import training_data

    sentences, held, repairs = training_data(IL_NER, HINER)
    return sentences


_CANDIDATES = None


def candidates() -> list[list[str]]:
    global _CANDIDATES
    if _CANDIDATES is None:
        from khabar.ner import selftrain
        from khabar.ner.train import texts

        _CANDIDATES = selftrain.sentences(texts(SHARED))
    return _CANDIDATES


def fit(sentences: list, out: Path) -> float:
    from khabar.ner.train import PARAMS, _fit

    check_features()
    out.parent.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    _fit(sentences, dict(PARAMS), 0, out)
    sec = time.perf_counter() - t
    check_features()
    return round(sec, 1)


# ------------------------------------------------------------------------------------------------------------ score
def eval_sets() -> dict:
    from khabar.ner.data import hiner_split, read_conll

    return {"hiner_held": hiner_split(read_conll(HINER))[1],
            "il_test": read_conll(IL_NER / "hindi-test.txt"),
            "il_dev": read_conll(IL_NER / "hindi-dev.txt")}


def crf_tag(model: Path, sents: list[list[str]]) -> list[list[str]]:
    """As khabar.ner.model.tag (min_confidence 0): pieces of MAX_SENTENCE, every feature handed to the tagger."""
    import pycrfsuite

    from khabar.ner.features import sentence_features
    from khabar.ner.model import pieces

    t = pycrfsuite.Tagger()
    t.open(str(model))
    out = [[tag for piece in pieces(toks) for tag in t.tag(sentence_features(piece))] for toks in sents]
    t.close()
    return out


score = ens.score  # khabar's span rules (khabar.ner.data.spans), F1 per type and micro


def score_model(model: Path) -> dict:
    sets = eval_sets()
    t = time.perf_counter()
    res = {n: score([g for _, g in s], crf_tag(model, [x for x, _ in s])) for n, s in sets.items()}
    res["tag_seconds"] = round(time.perf_counter() - t, 1)
    res["model_crc32"] = crc(model)
    res["model_bytes"] = model.stat().st_size
    return res


# ---------------------------------------------------------------------------------------------------------- teacher
def neural_marginals(nt, sents: list[list[str]], batch: int = 128) -> list[np.ndarray]:
    """Per-token tag marginals (forward-backward of the BiLSTM-CRF's emissions), in the vocab's tag order."""
    trans, start, end = nt.p["crf.trans"].astype(np.float64), nt.p["crf.start"], nt.p["crf.end"]
    out: list = [None] * len(sents)
    for idx, empty in ens.length_batches(sents, batch):
        for i in empty:
            out[i] = np.zeros((0, len(nt.tags)), np.float32)
        if not idx:
            continue
        em, _ = nt.emissions([sents[i] for i in idx])
        for b, i in enumerate(idx):
            e = em[b, : len(sents[i])].astype(np.float64)
            T = len(e)
            alpha = np.zeros_like(e)
            beta = np.zeros_like(e)
            alpha[0] = start + e[0]
            for t in range(1, T):
                alpha[t] = np.logaddexp.reduce(alpha[t - 1][:, None] + trans, axis=0) + e[t]
            beta[T - 1] = end
            for t in range(T - 2, -1, -1):
                beta[t] = np.logaddexp.reduce(trans + (e[t + 1] + beta[t + 1])[None, :], axis=1)
            logz = np.logaddexp.reduce(alpha[T - 1] + end)
            out[i] = np.exp(alpha + beta - logz).astype(np.float32)
    return out


def crf_marginals(model: Path, sents: list[list[str]], labels: list[str]) -> list[np.ndarray]:
    import pycrfsuite

    from khabar.ner.features import sentence_features
    from khabar.ner.model import pieces

    t = pycrfsuite.Tagger()
    t.open(str(model))
    out = []
    for toks in sents:
        rows = []
        for piece in pieces(toks):
            t.set(sentence_features(piece))
            rows.append(np.array([[t.marginal(lab, j) for lab in labels] for j in range(len(piece))], np.float32))
        out.append(np.concatenate(rows) if rows else np.zeros((0, len(labels)), np.float32))
    t.close()
    return out


def load_neural():
    vocab = json.loads((TEACHER / "vocab.json").read_text("utf-8"))
    return ens.NumpyTagger(TEACHER / "weights_big.npz", vocab, vocab["configs"]["big"])


def decode(probs: list[np.ndarray], labels: list[str]) -> list[list[str]]:
    return [ens.bio_decode(np.log(np.clip(p, 1e-9, 1)), labels) if len(p) else [] for p in probs]


def confidences(p: np.ndarray, tags: list[str], labels: list[str]) -> dict:
    """Per sentence: mean over tokens of the max averaged marginal; min over entity tokens of the marginal of the
    decoded tag; mean over entity tokens of it (1.0 where no entity)."""
    lid = {l: i for i, l in enumerate(labels)}
    chosen = p[np.arange(len(tags)), [lid[t] for t in tags]]
    ent = np.array([t != "O" for t in tags])
    return {"mean_max": float(p.max(1).mean()), "min_ent": float(chosen[ent].min()) if ent.any() else 1.0,
            "mean_ent": float(chosen[ent].mean()) if ent.any() else 1.0, "min_tok": float(chosen.min())}


def teacher(crf_model: Path, name: str, w: float = 0.5) -> None:
    """Tag the candidates (and the scored sets, for reference) with the ensemble of the neural model and crf_model."""
    from khabar.text.normalize import fold

    import pycrfsuite

    check_features()
    tg = pycrfsuite.Tagger()
    tg.open(str(crf_model))
    labels = list(tg.labels())
    tg.close()
    nt = load_neural()
    perm = [nt.tags.index(l) for l in labels]
    cands = candidates()
    folded = [[fold(t, normalized=True) for t in toks] for toks in cands]
    info = {"candidates": len(cands), "tokens": sum(map(len, cands)), "crf": str(crf_model), "crf_crc32": crc(crf_model),
            "w": w, "labels": labels}
    cache = OUT / "neural_cand_marg.npz"
    t = time.perf_counter()
    if cache.exists():
        z = np.load(cache)
        assert int(z["n"]) == len(cands) and list(z["lens"]) == [len(x) for x in cands]
        nm = np.split(z["marg"], np.cumsum(z["lens"])[:-1])
    else:
        nm = neural_marginals(nt, folded)
        nm = [m[:, perm] for m in nm]
        np.savez_compressed(cache, marg=np.concatenate(nm), lens=np.array([len(x) for x in cands]), n=len(cands))
    info["neural_seconds"] = round(time.perf_counter() - t, 1)
    t = time.perf_counter()
    cm = crf_marginals(crf_model, cands, labels)
    info["crf_seconds"] = round(time.perf_counter() - t, 1)
    avg = [w * a + (1 - w) * b for a, b in zip(nm, cm)]
    tags = decode(avg, labels)
    conf = [confidences(p, tt, labels) for p, tt in zip(avg, tags)]
    info["with_entity"] = sum(any(x != "O" for x in tt) for tt in tags)
    # the scored sets, for reference: teacher quality with this CRF (neural on folded tokens, as it was trained)
    sets = eval_sets()
    ref = {}
    for n, s in sets.items():
        toks = [x for x, _ in s]
        gold = [g for _, g in s]
        a = [m[:, perm] for m in neural_marginals(nt, [[fold(t, normalized=True) for t in x] for x in toks])]
        b = crf_marginals(crf_model, toks, labels)
        ref[n] = {"teacher": score(gold, decode([w * x + (1 - w) * y for x, y in zip(a, b)], labels)),
                  "neural": score(gold, decode(a, labels)), "crf_marginal_decode": score(gold, decode(b, labels))}
    info["scored_sets"] = ref
    (OUT / f"teacher_{name}.json").write_text(json.dumps({"info": info, "tags": tags, "conf": conf}, ensure_ascii=False))
    print(json.dumps(info, indent=1), flush=True)


# ------------------------------------------------------------------------------------------------------------- fits
def log_result(name: str, rec: dict) -> None:
    path = OUT / "results.json"
    res = json.loads(path.read_text()) if path.exists() else {}
    res[name] = rec
    path.write_text(json.dumps(res, indent=1, ensure_ascii=False))
    print(name, json.dumps(rec), flush=True)


def cmd_round1(args) -> None:
    out = OUT / "round1.crfsuite"
    check_features()
    sec = fit(load_train(), out)
    log_result("round1", {"fit_seconds": sec, "added": 0, **score_model(out)})


def cmd_control(args) -> None:
    from khabar.ner import selftrain

    r1 = OUT / "round1.crfsuite"
    sentences = load_train()
    t = time.perf_counter()
    added = selftrain.confident(r1, candidates())
    sel = round(time.perf_counter() - t, 1)
    out = OUT / "control.crfsuite"
    sec = fit(sentences + added, out)
    log_result("control", {"fit_seconds": sec, "select_seconds": sel, "added": len(added),
                           "candidates": len(candidates()), **score_model(out)})


def cmd_teacher(args) -> None:
    teacher(Path(args.crf), args.tname, args.w)


def cmd_fit(args) -> None:
    z = json.loads((OUT / f"teacher_{args.tname}.json").read_text("utf-8"))
    cands = candidates()
    assert len(cands) == len(z["tags"])
    added = []
    for toks, tags, c in zip(cands, z["tags"], z["conf"]):
        assert len(toks) == len(tags)
        has = any(t != "O" for t in tags)
        if args.select == "entity" and not has:
            continue
        if args.conf and c[args.conf] < args.threshold:
            continue
        added.append((toks, tags))
    out = OUT / f"{args.name}.crfsuite"
    sec = fit(load_train() * args.repeat_labeled + added, out)
    log_result(args.name, {"fit_seconds": sec, "added": len(added), "teacher": args.tname, "select": args.select,
                           "repeat_labeled": args.repeat_labeled,
                           "conf": args.conf, "threshold": args.threshold,
                           "added_with_entity": sum(any(t != "O" for t in tt) for _, tt in added),
                           **score_model(out)})


def cmd_score(args) -> None:
    for m in args.models:
        print(m, json.dumps(score_model(Path(m))), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="step", required=True)
    sub.add_parser("round1")
    sub.add_parser("control")
    p = sub.add_parser("teacher")
    p.add_argument("--crf", default=str(OUT / "round1.crfsuite"))
    p.add_argument("--tname", default="r1")
    p.add_argument("--w", type=float, default=0.5)
    p = sub.add_parser("fit")
    p.add_argument("--name", required=True)
    p.add_argument("--tname", default="r1")
    p.add_argument("--select", choices=["entity", "all"], default="entity")
    p.add_argument("--conf", choices=["mean_max", "min_ent", "mean_ent", "min_tok"], default=None)
    p.add_argument("--threshold", type=float, default=0.0)
    p.add_argument("--repeat-labeled", type=int, default=1, help="labeled sentences this many times (a weight)")
    p = sub.add_parser("score")
    p.add_argument("models", nargs="+")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    {"round1": cmd_round1, "control": cmd_control, "teacher": cmd_teacher, "fit": cmd_fit, "score": cmd_score}[args.step](args)


if __name__ == "__main__":
    main()
