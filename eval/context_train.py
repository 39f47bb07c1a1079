"""Training the context model's tagging head (:mod:`dragoman.entities.context`); needs torch.

    pip install 'dragoman[train]'   # torch (CPU build); only to retrain, never to run

Not part of the runtime package: run from a checkout (``eval/train_ner.py ar-context``).

The head: a linear layer with ReLU (word vector -> HIDDEN), a bidirectional
LSTM (HIDDEN/2 each way), a linear layer to the nine BIO labels; dropout on
its input and before the output. One sentence per step, Adam. Cross-fitting:
the training sentences are cut into FOLDS parts and each part is scored by a
head trained on the others; the shipped head is trained on all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from dragoman.entities.context import BIO, WORD_DIM, ContextModel, default_encoder
from dragoman.errors import MissingDependency

HIDDEN = 256
DROPOUT = 0.3
LEARNING_RATE = 1e-3
# Calibrated on the ANERcorp dev split (eval/train_ner.py): dev F1 of the head alone
# peaked at 5 epochs (0.652) and fell after (0.635 at 8).
EPOCHS = 5
FOLDS = 3
SEED = 0


def _torch() -> Any:
    try:
        import torch
    except ImportError as exc:
        raise MissingDependency("torch==2.13.0", "train", "Training the NER context model") from exc
    return torch


def _net(torch: Any) -> Any:
    nn = torch.nn

    class Head(nn.Module):  # type: ignore[name-defined,misc]
        def __init__(self) -> None:
            super().__init__()
            self.drop = nn.Dropout(DROPOUT)
            self.proj = nn.Linear(WORD_DIM, HIDDEN)
            self.lstm = nn.LSTM(HIDDEN, HIDDEN // 2, bidirectional=True, batch_first=True)
            self.out = nn.Linear(HIDDEN, len(BIO))

        def forward(self, x: Any) -> Any:
            h = torch.relu(self.proj(self.drop(x)))
            h = self.lstm(h[None])[0][0]
            return self.out(self.drop(h))

    return Head()


def _fit(torch: Any, data: list[tuple[Any, Any]], seed: int) -> Any:
    torch.manual_seed(seed)
    order = np.random.default_rng(seed)
    net = _net(torch)
    optimizer = torch.optim.Adam(net.parameters(), lr=LEARNING_RATE)
    net.train()
    for _ in range(EPOCHS):
        for i in order.permutation(len(data)):
            x, y = data[i]
            loss = torch.nn.functional.cross_entropy(net(x), y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    net.eval()
    return net


def _weights(net: Any) -> dict[str, np.ndarray]:
    state = {k: v.detach().numpy().astype(np.float32) for k, v in net.state_dict().items()}
    return {
        "proj_w": state["proj.weight"],
        "proj_b": state["proj.bias"],
        "fw_ih": state["lstm.weight_ih_l0"],
        "fw_hh": state["lstm.weight_hh_l0"],
        "fw_b": state["lstm.bias_ih_l0"] + state["lstm.bias_hh_l0"],
        "bw_ih": state["lstm.weight_ih_l0_reverse"],
        "bw_hh": state["lstm.weight_hh_l0_reverse"],
        "bw_b": state["lstm.bias_ih_l0_reverse"] + state["lstm.bias_hh_l0_reverse"],
        "out_w": state["out.weight"],
        "out_b": state["out.bias"],
    }


def train_context_model(
    sentences: Sequence[tuple[list[str], list[str]]],
) -> tuple[ContextModel, list[np.ndarray]]:
    """The head trained on all ``(tokens, BIO tags)`` sentences (tags as
    ``ner.normalize_tag`` writes them; others count as O), and each sentence's
    cross-fitted label probabilities (to train the CRF with)."""
    torch = _torch()
    encoded = default_encoder().encode([tokens for tokens, _ in sentences])
    data = [
        (torch.tensor(v), torch.tensor([BIO.index(t) if t in BIO else 0 for t in tags]))
        for v, (_, tags) in zip(encoded, sentences, strict=True)
    ]
    fold = np.arange(len(data)) % FOLDS
    crossed: list[np.ndarray] = [np.zeros((0, len(BIO)))] * len(data)
    for k in range(FOLDS):
        rest = [d for d, f in zip(data, fold, strict=True) if f != k]
        head = ContextModel(_weights(_fit(torch, rest, SEED + k)))
        for i in np.flatnonzero(fold == k):
            crossed[i] = head.probabilities(encoded[i])
    return ContextModel(_weights(_fit(torch, data, SEED))), crossed
