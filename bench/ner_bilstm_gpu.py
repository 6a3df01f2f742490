"""Experiment, not shipped: would a neural tagger beat the CRF? A char-CNN + word-embedding BiLSTM-CRF trained on the
same sentences as `khabar train ner`, scored on the same held-back HiNER blocks and IL-NER test split.

Two steps. Here, with khabar's environment (gensim from the `train` extra):

    .venv/bin/python bench/ner_bilstm_gpu.py prepare --data .devdata

writes the sentences as JSON (folded tokens and BIO tags, the same split and tag repairs as `khabar train ner`)
and word2vec vectors of the same unlabeled text. Then, where PyTorch and a GPU are (PyTorch is no khabar dependency):

    python bench/ner_bilstm_gpu.py train --data .devdata --epochs 30

Model selection uses IL-NER's dev split (never the scored sets).
"""
from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np

try:
    import torch
    from torch import nn
except ImportError:  # "prepare" runs without PyTorch
    torch = nn = None


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """khabar.ner.data.spans, repeated: the GPU machine has PyTorch but not khabar's dependencies."""
    out, start, kind = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        if start is not None and (prefix != "I" or t != kind):
            out.add((start, i, kind))
            start = kind = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, t
    return out


def score(gold: list[list[str]], pred: list[list[str]]) -> dict:
    tp, fp, fn = {}, {}, {}
    for g, p in zip(gold, pred):
        G, P = spans(g), spans(p)
        for s in P & G:
            tp[s[2]] = tp.get(s[2], 0) + 1
        for s in P - G:
            fp[s[2]] = fp.get(s[2], 0) + 1
        for s in G - P:
            fn[s[2]] = fn.get(s[2], 0) + 1

    def f1(a, b, c):
        return round(2 * a / (2 * a + b + c), 4) if a else 0.0

    out = {k: f1(tp.get(k, 0), fp.get(k, 0), fn.get(k, 0)) for k in ("PER", "LOC", "ORG")}
    out["micro"] = f1(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return out


def prepare(out: Path, shared: Path) -> None:
    from gensim.models import Word2Vec

    from khabar.ner.data import hiner_split, read_conll
    from khabar.ner.train import texts, unlabeled
    from khabar.text.normalize import fold

    data = shared / "data"
    il = read_conll(data / "il-ner-hindi/hindi-train.txt")
    hi_train, hi_held = hiner_split(read_conll(data / "hiner-validation/hiner-collapsed-validation-dev.conll"))
    out.mkdir(parents=True, exist_ok=True)
    sets = {"train": il + hi_train, "hiner_held": hi_held, "il_test": read_conll(data / "il-ner-hindi/hindi-test.txt"),
            "il_dev": read_conll(data / "il-ner-hindi/hindi-dev.txt")}
    for name, sentences in sets.items():
        rows = [[[fold(t, normalized=True) for t in toks], tags] for toks, tags in sentences]
        (out / f"{name}.json").write_text(json.dumps(rows, ensure_ascii=False), "utf-8")
    corpus = unlabeled(texts(shared), il + hi_train)
    w2v = Word2Vec(corpus, vector_size=100, window=5, min_count=2, sg=1, epochs=20, workers=1, seed=0)
    (out / "w2v_vocab.txt").write_text("\n".join(w2v.wv.index_to_key), "utf-8")
    np.save(out / "w2v.npy", w2v.wv.vectors.astype(np.float16))


class CRF(nn.Module if nn else object):
    def __init__(self, n: int):
        super().__init__()
        self.trans = nn.Parameter(torch.zeros(n, n))
        self.start = nn.Parameter(torch.zeros(n))
        self.end = nn.Parameter(torch.zeros(n))

    def nll(self, em, tags, mask):  # em: B,T,N; tags: B,T; mask: B,T bool
        B, T, N = em.shape
        score = self.start[tags[:, 0]] + em[:, 0].gather(1, tags[:, :1]).squeeze(1)
        for t in range(1, T):
            s = self.trans[tags[:, t - 1], tags[:, t]] + em[:, t].gather(1, tags[:, t:t + 1]).squeeze(1)
            score = score + s * mask[:, t]
        last = tags.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
        score = score + self.end[last]
        alpha = self.start + em[:, 0]
        for t in range(1, T):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans + em[:, t].unsqueeze(1), dim=1)
            alpha = torch.where(mask[:, t:t + 1], nxt, alpha)
        logz = torch.logsumexp(alpha + self.end, dim=1)
        return (logz - score).mean()

    def decode(self, em, mask):
        B, T, N = em.shape
        score = self.start + em[:, 0]
        back = []
        for t in range(1, T):
            s, idx = (score.unsqueeze(2) + self.trans).max(dim=1)
            nxt = s + em[:, t]
            score = torch.where(mask[:, t:t + 1], nxt, score)
            back.append(idx)
        score = score + self.end
        best = score.argmax(1).tolist()
        lengths = mask.sum(1).tolist()
        back = torch.stack(back).cpu().numpy() if back else np.zeros((0, B, N), dtype=np.int64)
        out = []
        for b in range(B):
            path = [best[b]]
            for t in range(lengths[b] - 1, 0, -1):
                path.append(int(back[t - 1, b, path[-1]]))
            out.append(path[::-1])
        return out


class Tagger(nn.Module if nn else object):
    def __init__(self, words: int, chars: int, tags: int, vectors: np.ndarray | None):
        super().__init__()
        self.word = nn.Embedding(words, 100, padding_idx=0)
        if vectors is not None:
            self.word.weight.data[: len(vectors)] = torch.tensor(vectors, dtype=torch.float32)
        self.char = nn.Embedding(chars, 32, padding_idx=0)
        self.conv = nn.Conv1d(32, 64, 3, padding=1)
        self.lstm = nn.LSTM(164, 200, num_layers=2, bidirectional=True, batch_first=True, dropout=0.3)
        self.drop = nn.Dropout(0.5)
        self.out = nn.Linear(400, tags)
        self.crf = CRF(tags)

    def emissions(self, w, c):  # w: B,T; c: B,T,L
        B, T, L = c.shape
        ce = self.char(c.view(B * T, L)).transpose(1, 2)
        ce = torch.relu(self.conv(ce)).max(dim=2).values.view(B, T, 64)
        x = self.drop(torch.cat([self.word(w), ce], dim=2))
        h, _ = self.lstm(x)
        return self.out(self.drop(h))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=["prepare", "train"])
    ap.add_argument("--data", default=".devdata")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    if args.step == "prepare":
        prepare(Path(args.data), Path(args.shared))
        return
    torch.manual_seed(0)
    random.seed(0)
    d = Path(args.data)
    load = lambda n: json.loads((d / f"{n}.json").read_text("utf-8"))  # noqa: E731
    train, held, il_test, il_dev = load("train"), load("hiner_held"), load("il_test"), load("il_dev")
    w2v = (d / "w2v_vocab.txt").read_text("utf-8").split("\n")
    vectors = np.load(d / "w2v.npy").astype(np.float32)
    words = {"<pad>": 0, "<unk>": 1}
    for w in w2v:
        words.setdefault(w, len(words))
    for toks, _ in train:
        for t in toks:
            words.setdefault(t, len(words))
    init = np.random.default_rng(0).normal(0, 0.1, (len(words), 100)).astype(np.float32)
    init[2 : 2 + len(w2v)] = vectors / (np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9)
    chars = {"<pad>": 0, "<unk>": 1}
    for toks, _ in train:
        for t in toks:
            for ch in t:
                chars.setdefault(ch, len(chars))
    tagset = sorted({t for _, tags in train for t in tags})
    tag_id = {t: i for i, t in enumerate(tagset)}
    dev = torch.device("cuda" if torch.cuda.is_available() else "cpu")

    def batch(items):
        T = max(len(t) for t, _ in items)
        L = min(20, max(len(w) for t, _ in items for w in t))
        w = torch.zeros(len(items), T, dtype=torch.long)
        c = torch.zeros(len(items), T, L, dtype=torch.long)
        y = torch.zeros(len(items), T, dtype=torch.long)
        m = torch.zeros(len(items), T, dtype=torch.bool)
        for b, (toks, tags) in enumerate(items):
            for i, tok in enumerate(toks):
                w[b, i] = words.get(tok, 1)
                for j, ch in enumerate(tok[:L]):
                    c[b, i, j] = chars.get(ch, 1)
                y[b, i] = tag_id.get(tags[i], tag_id["O"])
                m[b, i] = True
        return w.to(dev), c.to(dev), y.to(dev), m.to(dev)

    model = Tagger(len(words), len(chars), len(tagset), init).to(dev)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)

    def predict(data):
        model.eval()
        out = []
        with torch.no_grad():
            for i in range(0, len(data), 256):
                items = [x for x in data[i : i + 256] if x[0]]
                w, c, _, m = batch(items)
                for path in model.crf.decode(model.emissions(w, c), m):
                    out.append([tagset[k] for k in path])
        model.train()
        return out

    data = [x for x in train if x[0] and len(x[0]) <= 150]
    best, best_state, log = -1.0, None, []
    start = time.time()
    for epoch in range(1, args.epochs + 1):
        random.shuffle(data)
        data.sort(key=lambda x: len(x[0]) // 8 + random.random())  # similar lengths per batch
        batches = [data[i : i + 32] for i in range(0, len(data), 32)]
        random.shuffle(batches)
        for items in batches:
            w, c, y, m = batch(items)
            loss = model.crf.nll(model.emissions(w, c), y, m)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
        dev_f1 = score([t for _, t in il_dev if _], predict(il_dev))["micro"]
        log.append({"epoch": epoch, "il_dev": dev_f1, "seconds": round(time.time() - start)})
        print(log[-1], flush=True)
        if dev_f1 > best:
            best, best_state = dev_f1, {k: v.detach().clone() for k, v in model.state_dict().items()}
    model.load_state_dict(best_state)
    result = {"best_il_dev": best, "hiner_held": score([t for _, t in held if _], predict(held)),
              "il_test": score([t for _, t in il_test if _], predict(il_test)), "epochs": log,
              "device": str(dev), "parameters": sum(p.numel() for p in model.parameters())}
    print(json.dumps(result))
    if args.out:
        Path(args.out).write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
