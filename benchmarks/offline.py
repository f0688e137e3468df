"""Offline speed: load + segmentation + analysis + rules, and the CLI's cold start.

Prints milliseconds per 1,000 words on the seed article and on a generated 20,000-word
article, and the cold start of `factcheck --version`. Targets on a 2-core machine:
under 20 ms per 1,000 words; cold start under 300 ms.

    python benchmarks/offline.py [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "2025-02-12-trump-putin-zelenskiy-calls.md"

_PEOPLE = [
    ("Treasury Secretary", "Scott Bessent"),
    ("Defense Secretary", "Pete Hegseth"),
    ("Secretary of State", "Marco Rubio"),
    ("Mayor", "Laura Chen"),
    ("Finance Minister", "Maria Okafor"),
    ("Governor", "Tom Hale"),
]
_TEMPLATES = [
    "{title} {name} said on {day} that the plan would cost ${money} billion over {years} years.",
    "“We will not accept this,” {surname} told reporters in {city}, adding that talks would go on.",
    "According to {name}, about {pct}% of the {count:,} residents had signed the petition.",
    "The council voted {yes}-{no} on {day}, and {surname} welcomed the result.",
    "See also  {surname} visits {city} for the second time this year",
    "{name}, the former {title_lower}, stepped down in {year} after a dispute over the budget.",
    "Officials in {city} said the project, established in {year}, had grown every year since.",
]
_CITIES = ["Kyiv", "Brussels", "Munich", "Boston", "Lagos", "Osaka", "Lima"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def generate_article(words: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            title, name = rng.choice(_PEOPLE)
            sentence = rng.choice(_TEMPLATES).format(
                title=title,
                title_lower=title.lower(),
                name=name,
                surname=name.split()[-1],
                day=rng.choice(_DAYS),
                city=rng.choice(_CITIES),
                money=rng.randint(1, 90) / 10,
                years=rng.randint(2, 12),
                pct=rng.randint(5, 95),
                count=rng.randint(1000, 900000),
                yes=rng.randint(5, 9),
                no=rng.randint(0, 4),
                year=rng.randint(1950, 2020),
            )
            sentences.append(sentence)
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "---\ntitle: Generated\npublished: 2025-02-12\n---\n" + "\n\n".join(paragraphs) + "\n"


def time_review(path: Path, repeat: int) -> tuple[float, int]:
    from factcheck.review import ReviewOptions, review_path

    options = ReviewOptions()
    review_path(str(path), options)  # warm: imports and regex compilation are not per article
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        review = review_path(str(path), options)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000, review.report.article.words


def cold_start(repeat: int) -> float:
    samples = []
    cmd = [sys.executable, "-m", "factcheck", "--version"]
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "generated-20000.md"
        big.write_text(generate_article(20_000), encoding="utf-8")
        for label, path in (("seed", SEED), ("generated", big)):
            ms, words = time_review(path, args.repeat)
            per_k = ms / words * 1000
            print(f"{label:<10} {words:>6} words  {ms:8.2f} ms  {per_k:6.2f} ms per 1,000 words")
    print(f"cold start `factcheck --version`: {cold_start(max(5, args.repeat // 2)):.0f} ms")


if __name__ == "__main__":
    main()
