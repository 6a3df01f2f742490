"""Experiment, not shipped: a better-trained char-CNN + word-embedding BiLSTM-CRF, and its ensemble with the shipped
CRF (per-token tag marginals averaged), scored on the held-back HiNER blocks and IL-NER test split.

Steps:

    .venv/bin/python bench/ner_ensemble_gpu.py prepare --data .devdata          # here: sentences + word2vec (gensim)
    python3 bench/ner_ensemble_gpu.py train --data .devdata --out OUT --budget 420   # where PyTorch (and a GPU) are
    .venv/bin/python bench/ner_ensemble_gpu.py ensemble --data .devdata --run OUT    # here: CRF marginals, combine
    .venv/bin/python bench/ner_ensemble_gpu.py speed --data .devdata --run OUT       # here: numpy-only inference

`train` writes, under OUT: vocab.json (words, chars, tags, configs), for each model config K weights_K.npz (the
state_dict in float16) and marg_K.npz (per-token tag marginals from forward-backward, for il_dev, il_test and
hiner_held, concatenated, with the sentence lengths), and log.json. Model selection (the checkpoint kept) and the
ensemble weight use IL-NER's dev split only, never the scored sets.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import time
from pathlib import Path

import numpy as np

try:
    import torch
    from torch import nn
except ImportError:  # "prepare", "ensemble" and "speed" run without PyTorch
    torch = nn = None

SETS = ("il_dev", "il_test", "hiner_held")
MAXC = 20  # characters per word the char-CNN reads (BOW + 20 + EOW)
CONFIGS = {
    # name: (char filters per width, char widths, lstm hidden, lstm layers)
    "big": {"cdim": 32, "filters": 64, "widths": [2, 3, 4], "hidden": 200, "layers": 2},
    "small": {"cdim": 32, "filters": 48, "widths": [2, 3, 4], "hidden": 160, "layers": 1},
}


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


# ----------------------------------------------------------------------------------------------------------- prepare
def load_sets(shared: Path) -> dict:
    from khabar.ner.data import hiner_split, read_conll

    data = shared / "data"
    il = read_conll(data / "il-ner-hindi/hindi-train.txt")
    hi_train, hi_held = hiner_split(read_conll(data / "hiner-validation/hiner-collapsed-validation-dev.conll"))
    return {"train": il + hi_train, "hiner_held": hi_held, "il_test": read_conll(data / "il-ner-hindi/hindi-test.txt"),
            "il_dev": read_conll(data / "il-ner-hindi/hindi-dev.txt")}


def prepare(out: Path, shared: Path) -> None:
    from gensim.models import Word2Vec

    from khabar.ner.train import texts, unlabeled
    from khabar.text.normalize import fold

    sets = load_sets(shared)
    out.mkdir(parents=True, exist_ok=True)
    for name, sentences in sets.items():
        rows = [[[fold(t, normalized=True) for t in toks], tags] for toks, tags in sentences]
        (out / f"{name}.json").write_text(json.dumps(rows, ensure_ascii=False), "utf-8")
        print(name, len(rows), "sentences", sum(len(r[0]) for r in rows), "tokens", flush=True)
    corpus = unlabeled(texts(shared), sets["train"])
    print("word2vec corpus", len(corpus), "lines", sum(map(len, corpus)), "tokens", flush=True)
    w2v = Word2Vec(corpus, vector_size=100, window=5, min_count=2, sg=1, epochs=20, workers=1, seed=0)
    (out / "w2v_vocab.txt").write_text("\n".join(w2v.wv.index_to_key), "utf-8")
    np.save(out / "w2v.npy", w2v.wv.vectors.astype(np.float16))
    print("w2v vocabulary", len(w2v.wv.index_to_key), flush=True)


# ------------------------------------------------------------------------------------------------------ vocabulary
def build_vocab(d: Path, train: list, max_words: int) -> tuple[list[str], list[str], list[str], np.ndarray]:
    """Words: <pad>, <unk>, then the word2vec vocabulary by frequency (at most max_words); a training word without a
    vector is <unk> (word2vec read every training sentence, so those are words seen once)."""
    w2v = (d / "w2v_vocab.txt").read_text("utf-8").split("\n")[:max_words]
    vectors = np.load(d / "w2v.npy")[: len(w2v)].astype(np.float32)
    words = ["<pad>", "<unk>", *w2v]
    init = np.random.default_rng(0).normal(0, 0.1, (len(words), 100)).astype(np.float32)
    init[0] = 0
    init[2:] = vectors / (np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9)
    counts: dict[str, int] = {}
    for toks, _ in train:
        for t in toks:
            for ch in t:
                counts[ch] = counts.get(ch, 0) + 1
    chars = ["<pad>", "<unk>", "<bow>", "<eow>", *sorted(c for c, n in counts.items() if n >= 2)]
    tags = sorted({t for _, tt in train for t in tt})
    return words, chars, tags, init


def encode(sentences: list, word_id: dict, char_id: dict) -> list[tuple[np.ndarray, np.ndarray]]:
    out = []
    for toks, _ in sentences:
        w = np.array([word_id.get(t, 1) for t in toks], dtype=np.int64)
        c = np.zeros((len(toks), MAXC + 2), dtype=np.int64)
        for i, t in enumerate(toks):
            ids = [2, *(char_id.get(ch, 1) for ch in t[:MAXC]), 3]
            c[i, : len(ids)] = ids
        out.append((w, c))
    return out


# ----------------------------------------------------------------------------------------------------------- model
class CRF(nn.Module if nn else object):
    def __init__(self, n: int):
        super().__init__()
        self.trans = nn.Parameter(torch.zeros(n, n))
        self.start = nn.Parameter(torch.zeros(n))
        self.end = nn.Parameter(torch.zeros(n))

    def forward_alpha(self, em, mask):
        """log alpha for every position (B,T,N); positions past a sentence's end carry its last alpha."""
        B, T, N = em.shape
        alpha = self.start + em[:, 0]
        alphas = [alpha]
        trans = self.trans.unsqueeze(0)
        for t in range(1, T):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + trans, dim=1) + em[:, t]
            alpha = torch.where(mask[:, t : t + 1], nxt, alpha)
            alphas.append(alpha)
        return torch.stack(alphas, 1)

    def nll(self, em, tags, mask):  # em: B,T,N; tags: B,T; mask: B,T bool
        B, T, N = em.shape
        m = mask.float()
        gold = em.gather(2, tags.unsqueeze(2)).squeeze(2)
        score = (gold * m).sum(1) + self.start[tags[:, 0]]
        if T > 1:
            score = score + (self.trans[tags[:, :-1], tags[:, 1:]] * m[:, 1:]).sum(1)
        last = tags.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
        score = score + self.end[last]
        alpha = self.start + em[:, 0]
        trans = self.trans.unsqueeze(0)
        for t in range(1, T):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + trans, dim=1) + em[:, t]
            alpha = torch.where(mask[:, t : t + 1], nxt, alpha)
        logz = torch.logsumexp(alpha + self.end, dim=1)
        return (logz - score).mean()

    def marginals(self, em, mask):
        """Per-token tag probabilities (B,T,N) by forward-backward."""
        B, T, N = em.shape
        alpha = self.forward_alpha(em, mask)
        beta = self.end.expand(B, N)
        betas = [beta]
        trans = self.trans.unsqueeze(0)
        for t in range(T - 2, -1, -1):
            nxt = torch.logsumexp(trans + (em[:, t + 1] + beta).unsqueeze(1), dim=2)
            beta = torch.where(mask[:, t + 1 : t + 2], nxt, self.end.expand(B, N))
            betas.append(beta)
        beta = torch.stack(betas[::-1], 1)
        last = (mask.sum(1) - 1)
        logz = torch.logsumexp(alpha[torch.arange(B, device=em.device), last] + self.end, dim=1)
        return torch.exp(alpha + beta - logz[:, None, None])

    def decode(self, em, mask):
        B, T, N = em.shape
        score = self.start + em[:, 0]
        back = []
        for t in range(1, T):
            s, idx = (score.unsqueeze(2) + self.trans).max(dim=1)
            score = torch.where(mask[:, t : t + 1], s + em[:, t], score)
            back.append(idx)
        score = score + self.end
        best = score.argmax(1).cpu().numpy()
        lengths = mask.sum(1).cpu().numpy()
        back = torch.stack(back).cpu().numpy() if back else np.zeros((0, B, N), dtype=np.int64)
        out = []
        for b in range(B):
            path = [int(best[b])]
            for t in range(lengths[b] - 1, 0, -1):
                path.append(int(back[t - 1, b, path[-1]]))
            out.append(path[::-1])
        return out


class Tagger(nn.Module if nn else object):
    def __init__(self, words: int, chars: int, tags: int, init: np.ndarray, cfg: dict):
        super().__init__()
        self.word = nn.Embedding(words, 100, padding_idx=0)
        self.word.weight.data.copy_(torch.tensor(init))
        self.char = nn.Embedding(chars, cfg["cdim"], padding_idx=0)
        self.convs = nn.ModuleList(nn.Conv1d(cfg["cdim"], cfg["filters"], k) for k in cfg["widths"])
        cout = cfg["filters"] * len(cfg["widths"])
        self.lstm = nn.LSTM(100 + cout, cfg["hidden"], num_layers=cfg["layers"], bidirectional=True,
                            batch_first=True, dropout=0.3 if cfg["layers"] > 1 else 0.0)
        self.drop = nn.Dropout(0.5)
        self.out = nn.Linear(2 * cfg["hidden"], tags)
        self.crf = CRF(tags)

    def emissions(self, w, c, lengths):  # w: B,T; c: B,T,L; lengths: cpu int64 (B,)
        B, T, L = c.shape
        ce = self.char(c.view(B * T, L)).transpose(1, 2)
        ce = torch.cat([torch.relu(conv(ce)).max(dim=2).values for conv in self.convs], 1).view(B, T, -1)
        x = self.drop(torch.cat([self.word(w), ce], dim=2))
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=T)
        return self.out(self.drop(h))


def make_batch(enc: list, tags: list | None, idx: list[int], dev):
    T = max(len(enc[i][0]) for i in idx)
    B = len(idx)
    w = np.zeros((B, T), dtype=np.int64)
    c = np.zeros((B, T, MAXC + 2), dtype=np.int64)
    y = np.zeros((B, T), dtype=np.int64)
    lengths = np.zeros(B, dtype=np.int64)
    for b, i in enumerate(idx):
        n = len(enc[i][0])
        w[b, :n] = enc[i][0]
        c[b, :n] = enc[i][1]
        lengths[b] = n
        if tags is not None:
            y[b, :n] = tags[i]
    m = np.arange(T)[None, :] < lengths[:, None]
    return (torch.from_numpy(w).to(dev, non_blocking=True), torch.from_numpy(c).to(dev, non_blocking=True),
            torch.from_numpy(y).to(dev, non_blocking=True), torch.from_numpy(m).to(dev, non_blocking=True),
            torch.from_numpy(lengths))


def train(args) -> None:
    t0 = time.time()
    torch.manual_seed(0)
    random.seed(0)
    torch.backends.cuda.matmul.allow_tf32 = True
    torch.backends.cudnn.allow_tf32 = True
    d = Path(args.data)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    load = lambda n: json.loads((d / f"{n}.json").read_text("utf-8"))  # noqa: E731
    data = {n: load(n) for n in ("train", *SETS)}
    if args.limit:
        data = {n: v[: args.limit] for n, v in data.items()}
    words, chars, tagset, init = build_vocab(d, data["train"], args.max_words)
    word_id = {w: i for i, w in enumerate(words)}
    char_id = {c: i for i, c in enumerate(chars)}
    tag_id = {t: i for i, t in enumerate(tagset)}
    enc = {n: encode(v, word_id, char_id) for n, v in data.items()}
    gold_ids = [np.array([tag_id.get(t, tag_id["O"]) for t in tt], dtype=np.int64) for _, tt in data["train"]]
    train_idx = [i for i, (toks, _) in enumerate(data["train"]) if toks and len(toks) <= 150]
    dev = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    configs = [c for c in args.configs.split(",") if c]
    (out / "vocab.json").write_text(json.dumps({"words": words, "chars": chars, "tags": tagset, "maxc": MAXC,
                                                "configs": {k: CONFIGS[k] for k in configs}}, ensure_ascii=False))
    coverage = sum(enc["train"][i][0].__ne__(1).sum() for i in train_idx) / sum(len(enc["train"][i][0]) for i in train_idx)
    log = {"device": str(dev), "torch": torch.__version__, "vocab_words": len(words), "chars": len(chars),
           "tags": tagset, "train_sentences": len(train_idx), "train_word_coverage": round(float(coverage), 4),
           "batch": args.batch, "lr": args.lr, "word_dropout": args.word_dropout, "models": {}}
    if dev.type == "cuda":
        log["gpu"] = torch.cuda.get_device_name(0)
    print(json.dumps(log), flush=True)
    reserve = args.reserve
    train_total = args.budget - reserve - (time.time() - t0)

    def predict(model, name, want_marg=False):
        model.eval()
        e = enc[name]
        order = sorted(range(len(e)), key=lambda i: len(e[i][0]))
        order = [i for i in order if len(e[i][0])]
        paths, margs = {}, {}
        with torch.no_grad():
            for k in range(0, len(order), 256):
                idx = order[k : k + 256]
                w, c, _, m, lengths = make_batch(e, None, idx, dev)
                em = model.emissions(w, c, lengths)
                for i, p in zip(idx, model.crf.decode(em, m)):
                    paths[i] = p
                if want_marg:
                    mg = model.crf.marginals(em, m).float().cpu().numpy()
                    for b, i in enumerate(idx):
                        margs[i] = mg[b, : len(e[i][0])]
        model.train()
        pred = [[tagset[k] for k in paths[i]] if i in paths else [] for i in range(len(e))]
        return pred, margs

    for ci, cname in enumerate(configs):
        cfg = CONFIGS[cname]
        torch.manual_seed(ci)
        rng = random.Random(ci)
        deadline = t0 + (args.budget - reserve) - train_total * (len(configs) - ci - 1) / len(configs)
        model = Tagger(len(words), len(chars), len(tagset), init, cfg).to(dev)
        params = sum(p.numel() for p in model.parameters())
        opt = torch.optim.Adam(model.parameters(), lr=args.lr)
        steps_per_epoch = math.ceil(len(train_idx) / args.batch)
        planned = args.epochs
        best, best_state, best_epoch, elog = -1.0, None, 0, []
        step = 0
        start = time.time()
        epoch_times = []
        for epoch in range(1, args.epochs + 1):
            te = time.time()
            order = sorted(train_idx, key=lambda i: len(enc["train"][i][0]) // 4 + rng.random())
            batches = [order[k : k + args.batch] for k in range(0, len(order), args.batch)]
            rng.shuffle(batches)
            total_loss = 0.0
            losses = []
            for idx in batches:
                total = planned * steps_per_epoch
                warm = steps_per_epoch
                if step < warm:
                    lr = args.lr * (step + 1) / warm
                else:
                    prog = min(1.0, (step - warm) / max(1, total - warm))
                    lr = args.lr * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * prog)))
                for g in opt.param_groups:
                    g["lr"] = lr
                w, c, y, m, lengths = make_batch(enc["train"], gold_ids, idx, dev)
                if args.word_dropout:
                    drop = (torch.rand(w.shape, device=dev) < args.word_dropout) & m
                    w = torch.where(drop, torch.ones_like(w), w)
                loss = model.crf.nll(model.emissions(w, c, lengths), y, m)
                opt.zero_grad(set_to_none=True)
                loss.backward()
                nn.utils.clip_grad_norm_(model.parameters(), 5.0)
                opt.step()
                losses.append(loss.detach())
                step += 1
            total_loss = float(torch.stack(losses).mean())
            pred, _ = predict(model, "il_dev")
            dev_f1 = score([t for _, t in data["il_dev"]], pred)
            epoch_times.append(time.time() - te)
            elog.append({"epoch": epoch, "loss": round(total_loss, 4), "il_dev": dev_f1["micro"], "lr": round(lr, 6),
                         "epoch_s": round(epoch_times[-1], 2), "elapsed": round(time.time() - t0, 1)})
            print(cname, elog[-1], flush=True)
            if dev_f1["micro"] > best:
                best, best_epoch = dev_f1["micro"], epoch
                best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
            # plan the cosine schedule to end when the time does
            avg = sum(epoch_times[-3:]) / len(epoch_times[-3:])
            left = int((deadline - time.time()) / avg)
            planned = min(args.epochs, epoch + max(0, left))
            if left < 1:
                break
        model.load_state_dict(best_state)
        result = {"config": cfg, "parameters": params, "epochs_run": len(elog), "best_epoch": best_epoch,
                  "best_il_dev": best, "train_seconds": round(time.time() - start, 1),
                  "mean_epoch_s": round(sum(epoch_times) / len(epoch_times), 2), "epochs": elog}
        arrays = {}
        for name in SETS:
            pred, margs = predict(model, name, want_marg=True)
            result[name] = score([t for _, t in data[name]], pred)
            lens = np.array([len(t) for t, _ in data[name]], dtype=np.int64)
            arrays[name] = np.concatenate([margs.get(i, np.zeros((0, len(tagset)), np.float32))
                                           for i in range(len(lens))]).astype(np.float32)
            arrays[name + "_len"] = lens
            # marginal argmax-decode sanity: marginals sum to 1
            if len(arrays[name]):
                result[name + "_marg_sum_err"] = float(np.abs(arrays[name].sum(1) - 1).max())
        arrays["tags"] = np.array(tagset)
        np.savez_compressed(out / f"marg_{cname}.npz", **arrays)
        np.savez(out / f"weights_{cname}.npz", **{k: v.detach().cpu().to(torch.float16).numpy()
                                                   for k, v in model.state_dict().items()})
        result["weights_bytes"] = (out / f"weights_{cname}.npz").stat().st_size
        log["models"][cname] = result
        print(cname, json.dumps({k: v for k, v in result.items() if k != "epochs"}), flush=True)
        (out / "log.json").write_text(json.dumps(log, indent=1))
        del model, opt, best_state
        if dev.type == "cuda":
            torch.cuda.empty_cache()
    log["total_seconds"] = round(time.time() - t0, 1)
    (out / "log.json").write_text(json.dumps(log, indent=1))
    print("done", log["total_seconds"], flush=True)


# ---------------------------------------------------------------------------------------------------- numpy model
class NumpyTagger:
    """The trained model's forward pass in numpy (float32), batched; Viterbi in numpy."""

    def __init__(self, weights: Path, vocab: dict, cfg: dict):
        z = np.load(weights)
        self.p = {k: z[k].astype(np.float32) for k in z.files}
        self.cfg = cfg
        self.word_id = {w: i for i, w in enumerate(vocab["words"])}
        self.char_id = {c: i for i, c in enumerate(vocab["chars"])}
        self.tags = vocab["tags"]
        self.char_cache: dict[str, np.ndarray] = {}
        p = self.p
        # conv weights as matrices over windows: (k*cdim, filters)
        self.convs = [(p[f"convs.{j}.weight"].transpose(2, 1, 0).reshape(-1, cfg["filters"]).copy(), p[f"convs.{j}.bias"], k)
                      for j, k in enumerate(cfg["widths"])]
        self.layers = []
        for layer in range(cfg["layers"]):
            dirs = []
            for sfx in ("", "_reverse"):
                wi = p[f"lstm.weight_ih_l{layer}{sfx}"].T.copy()
                wh = p[f"lstm.weight_hh_l{layer}{sfx}"].T.copy()
                b = p[f"lstm.bias_ih_l{layer}{sfx}"] + p[f"lstm.bias_hh_l{layer}{sfx}"]
                dirs.append((wi, wh, b))
            self.layers.append(dirs)

    def char_vec(self, tok: str) -> np.ndarray:
        v = self.char_cache.get(tok)
        if v is None:
            ids = np.zeros(MAXC + 2, dtype=np.int64)
            seq = [2, *(self.char_id.get(ch, 1) for ch in tok[:MAXC]), 3]
            ids[: len(seq)] = seq
            e = self.p["char.weight"][ids]  # L, cdim
            outs = []
            for wm, b, k in self.convs:
                win = np.lib.stride_tricks.sliding_window_view(e, (k, e.shape[1]))[:, 0].reshape(-1, k * e.shape[1])
                outs.append(np.maximum(win @ wm + b, 0).max(0))
            v = np.concatenate(outs)
            self.char_cache[tok] = v
        return v

    def emissions(self, batch: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        B = len(batch)
        T = max(len(s) for s in batch)
        lengths = np.array([len(s) for s in batch])
        mask = np.arange(T)[None, :] < lengths[:, None]
        cdim = self.cfg["filters"] * len(self.cfg["widths"])
        x = np.zeros((B, T, 100 + cdim), dtype=np.float32)
        we = self.p["word.weight"]
        for b, s in enumerate(batch):
            x[b, : len(s), :100] = we[[self.word_id.get(t, 1) for t in s]]
            x[b, : len(s), 100:] = [self.char_vec(t) for t in s]
        H = self.cfg["hidden"]
        for dirs in self.layers:
            outs = []
            for reverse, (wi, wh, bias) in enumerate(dirs):
                g_in = (x.reshape(B * T, -1) @ wi + bias).reshape(B, T, 4 * H)
                h = np.zeros((B, H), np.float32)
                c = np.zeros((B, H), np.float32)
                hs = np.zeros((B, T, H), np.float32)
                for t in (range(T - 1, -1, -1) if reverse else range(T)):
                    g = g_in[:, t] + h @ wh
                    i, f, gg, o = (g[:, :H], g[:, H : 2 * H], g[:, 2 * H : 3 * H], g[:, 3 * H :])
                    i = 1 / (1 + np.exp(-i))
                    f = 1 / (1 + np.exp(-f))
                    o = 1 / (1 + np.exp(-o))
                    c = f * c + i * np.tanh(gg)
                    h = o * np.tanh(c)
                    if reverse:  # padded positions come first going backwards: keep the state at zero there
                        mt = mask[:, t : t + 1]
                        h = h * mt
                        c = c * mt
                    hs[:, t] = h
                outs.append(hs)
            x = np.concatenate(outs, 2)
        em = x @ self.p["out.weight"].T + self.p["out.bias"]
        return em, mask

    def viterbi(self, em: np.ndarray, mask: np.ndarray) -> list[list[str]]:
        trans, start, end = self.p["crf.trans"], self.p["crf.start"], self.p["crf.end"]
        B, T, N = em.shape
        score = start + em[:, 0]
        back = np.zeros((T, B, N), dtype=np.int64)
        for t in range(1, T):
            s = score[:, :, None] + trans
            idx = s.argmax(1)
            nxt = np.take_along_axis(s, idx[:, None, :], 1)[:, 0] + em[:, t]
            score = np.where(mask[:, t : t + 1], nxt, score)
            back[t] = idx
        score = score + end
        lengths = mask.sum(1)
        out = []
        for b in range(B):
            path = [int(score[b].argmax())]
            for t in range(lengths[b] - 1, 0, -1):
                path.append(int(back[t, b, path[-1]]))
            out.append([self.tags[k] for k in path[::-1]])
        return out

    def tag(self, sentences: list[list[str]], batch: int = 128) -> list[list[str]]:
        out: list = [None] * len(sentences)
        for idx, empty in length_batches(sentences, batch):
            for i in empty:
                out[i] = []
            if idx:
                em, mask = self.emissions([sentences[i] for i in idx])
                for i, p in zip(idx, self.viterbi(em, mask)):
                    out[i] = p
        return out


def length_batches(sentences: list[list[str]], batch: int):
    """Indices of the sentences, shortest first, in chunks of `batch`: (the non-empty, the empty) of each chunk.
    Sentences of like length share a batch, so little of it is padding."""
    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
    for k in range(0, len(order), batch):
        chunk = order[k : k + batch]
        yield [i for i in chunk if sentences[i]], [i for i in chunk if not sentences[i]]


def speed(args) -> None:
    d, run = Path(args.data), Path(args.run)
    vocab = json.loads((run / "vocab.json").read_text("utf-8"))
    log = json.loads((run / "log.json").read_text("utf-8"))
    res = {}
    for cname, cfg in vocab["configs"].items():
        if not (run / f"weights_{cname}.npz").exists():
            continue
        nt = NumpyTagger(run / f"weights_{cname}.npz", vocab, cfg)
        out = {"parameters": int(sum(v.size for v in nt.p.values())),
               "weights_file_bytes": (run / f"weights_{cname}.npz").stat().st_size}
        for name in ("il_test", "hiner_held"):
            rows = json.loads((d / f"{name}.json").read_text("utf-8"))
            sents = [t for t, _ in rows]
            tokens = sum(map(len, sents))
            nt.char_cache.clear()
            t = time.perf_counter()
            pred = nt.tag(sents, args.batch)
            cold = time.perf_counter() - t
            t = time.perf_counter()
            nt.tag(sents, args.batch)
            warm = time.perf_counter() - t
            out[name] = {"numpy_f1": score([g for _, g in rows], pred), "gpu_f1": log["models"][cname][name]["micro"],
                         "tokens": tokens, "tokens_per_s_cold_char_cache": round(tokens / cold),
                         "tokens_per_s_warm_char_cache": round(tokens / warm)}
        res[cname] = out
        print(cname, json.dumps(out), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1))


# -------------------------------------------------------------------------------------------------------- ensemble
def crf_marginals(d: Path, shared: Path) -> dict:
    """The shipped CRF's Viterbi tags and per-token marginals on the scored sets, tagged as `khabar eval ner` does
    (the normalized tokens of read_conll, in pieces of MAX_SENTENCE), cached under the data folder."""
    import zlib
    from importlib import resources

    from khabar.ner.features import sentence_features
    from khabar.ner.model import MAX_SENTENCE, MODEL, known, tagger
    from khabar.text.normalize import fold

    crc = zlib.crc32((resources.files("khabar.models") / MODEL).read_bytes())
    cache = d / f"crf_marg_{crc:08x}.npz"
    if cache.exists():
        z = np.load(cache, allow_pickle=True)
        return {k: z[k] for k in z.files} | {"crc": f"{crc:08x}"}
    sets = load_sets(shared)
    t = tagger()
    labels = list(t.labels())
    out = {"labels": np.array(labels)}
    for name in SETS:
        rows = json.loads((d / f"{name}.json").read_text("utf-8"))
        assert len(rows) == len(sets[name]), name
        margs, tags = [], []
        for (toks, gold), (ftoks, fgold) in zip(sets[name], rows):
            assert [fold(x, normalized=True) for x in toks] == ftoks and gold == fgold, name
            for k in range(0, len(toks), MAX_SENTENCE):
                piece = toks[k : k + MAX_SENTENCE]
                tags.extend(t.tag(sentence_features(piece, known())))
                margs.append(np.array([[t.marginal(lab, i) for lab in labels] for i in range(len(piece))],
                                      dtype=np.float32).reshape(len(piece), len(labels)))
        out[name] = np.concatenate(margs)
        out[name + "_tags"] = np.array(tags)
        out[name + "_len"] = np.array([len(x) for x, _ in sets[name]])
    np.savez_compressed(cache, **out)
    return out | {"crc": f"{crc:08x}"}


def bio_decode(logp: np.ndarray, tags: list[str]) -> list[str]:
    """Best BIO-valid sequence under per-token log probabilities (I-X only after B-X or I-X)."""
    N = len(tags)
    allowed = np.zeros((N, N), dtype=np.float64)
    for i, a in enumerate(tags):
        for j, b in enumerate(tags):
            if b.startswith("I-") and a[2:] != b[2:]:
                allowed[i, j] = -1e9
    start = np.array([-1e9 if t.startswith("I-") else 0.0 for t in tags])
    T = len(logp)
    score = start + logp[0]
    back = np.zeros((T, N), dtype=np.int64)
    for t in range(1, T):
        s = score[:, None] + allowed
        back[t] = s.argmax(0)
        score = s.max(0) + logp[t]
    path = [int(score.argmax())]
    for t in range(T - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return [tags[k] for k in path[::-1]]


def split(arr: np.ndarray, lens: np.ndarray) -> list[np.ndarray]:
    return np.split(arr, np.cumsum(lens)[:-1])


def ensemble(args) -> None:
    d, run, shared = Path(args.data), Path(args.run), Path(args.shared)
    crf = crf_marginals(d, shared)
    labels = [str(x) for x in crf["labels"]]
    gold = {n: [g for _, g in json.loads((d / f"{n}.json").read_text("utf-8"))] for n in SETS}
    report: dict = {"crf_model_crc32": crf["crc"]}
    crf_tags = {n: [list(x) for x in split(crf[n + "_tags"], crf[n + "_len"])] for n in SETS}
    report["crf_viterbi"] = {n: score(gold[n], crf_tags[n]) for n in SETS}
    cm = {n: split(crf[n], crf[n + "_len"]) for n in SETS}

    def dec(probs, n, geo=False):
        return [bio_decode(np.log(np.clip(p, 1e-9, 1)), labels) if len(p) else [] for p in probs[n]]

    report["crf_marginal_decode"] = {n: score(gold[n], dec(cm, n)) for n in SETS}
    neural = {}
    for f in sorted(run.glob("marg_*.npz")):
        z = np.load(f)
        tags = [str(x) for x in z["tags"]]
        perm = [tags.index(lab) for lab in labels]
        neural[f.stem[5:]] = {n: split(z[n][:, perm], z[n + "_len"]) for n in SETS}
    if len(neural) > 1:
        neural["+".join(neural)] = {n: [sum(m[n][i] for m in neural.values()) / len(neural)
                                        for i in range(len(gold[n]))] for n in SETS}
    for name, nm in neural.items():
        r = {"neural_alone": {n: score(gold[n], dec(nm, n)) for n in SETS}}
        for mode in ("linear", "loglinear"):
            grid = []
            for w in np.round(np.arange(0, 1.0001, 0.05), 2):
                def mix(n, w=w):
                    if mode == "linear":
                        return [w * a + (1 - w) * b for a, b in zip(nm[n], cm[n])]
                    return [np.exp(w * np.log(np.clip(a, 1e-9, 1)) + (1 - w) * np.log(np.clip(b, 1e-9, 1)))
                            for a, b in zip(nm[n], cm[n])]
                grid.append((score(gold["il_dev"], dec({"il_dev": mix("il_dev")}, "il_dev"))["micro"], float(w)))
            best_f1, best_w = max(grid)
            def mixw(n):
                if mode == "linear":
                    return [best_w * a + (1 - best_w) * b for a, b in zip(nm[n], cm[n])]
                return [np.exp(best_w * np.log(np.clip(a, 1e-9, 1)) + (1 - best_w) * np.log(np.clip(b, 1e-9, 1)))
                        for a, b in zip(nm[n], cm[n])]
            r[mode] = {"w": best_w, "il_dev_grid": {str(w): f for f, w in grid},
                       **{n: score(gold[n], dec({n: mixw(n)}, n)) for n in SETS}}
        report[name] = r
        print(name, json.dumps({k: v for k, v in r.items()}, indent=None), flush=True)
    print(json.dumps({k: report[k] for k in ("crf_model_crc32", "crf_viterbi", "crf_marginal_decode")}), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=["prepare", "train", "ensemble", "speed"])
    ap.add_argument("--data", default=".devdata")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--epochs", type=int, default=60)
    ap.add_argument("--budget", type=float, default=420, help="seconds for the whole train step, outputs included")
    ap.add_argument("--reserve", type=float, default=30, help="seconds kept back for the final outputs")
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--word-dropout", type=float, default=0.05)
    ap.add_argument("--max-words", type=int, default=50000)
    ap.add_argument("--configs", default="big,small")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--out", default=None)
    ap.add_argument("--run", default=None)
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    if args.step == "prepare":
        prepare(Path(args.data), Path(args.shared))
    elif args.step == "train":
        train(args)
    elif args.step == "ensemble":
        ensemble(args)
    else:
        speed(args)


if __name__ == "__main__":
    main()
