#!/usr/bin/env python3
"""Draws IntakeBot's Teams icons with the standard library only (no Pillow needed).

color.png   192x192: a white speech bubble with three dots on the accent colour.
outline.png  32x32: the same bubble as a white outline on a transparent background, as Teams requires.

Run from anywhere: python3 deploymentTemplates/teams/make-icons.py
"""
import os
import struct
import zlib

ACCENT = (0x1F, 0x5F, 0x8B)  # manifest accentColor #1F5F8B
WHITE = (255, 255, 255)
SAMPLES = 4  # supersampling per axis, for smooth edges


def rounded_rect(x, y, left, top, right, bottom, radius):
    if not (left <= x <= right and top <= y <= bottom):
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def triangle(x, y, a, b, c):
    def side(p, q, r):
        return (p[0] - r[0]) * (q[1] - r[1]) - (q[0] - r[0]) * (p[1] - r[1])

    d1, d2, d3 = side((x, y), a, b), side((x, y), b, c), side((x, y), c, a)
    negative = d1 < 0 or d2 < 0 or d3 < 0
    positive = d1 > 0 or d2 > 0 or d3 > 0
    return not (negative and positive)


def bubble(x, y, inset=0.0):
    """The speech bubble in unit coordinates (0..1), shrunk by inset for the outline's hole."""
    body = rounded_rect(x, y, 0.14 + inset, 0.18 + inset, 0.86 - inset, 0.70 - inset, 0.12)
    tail = triangle(x, y, (0.28 + inset, 0.66), (0.26 + inset * 0.5, 0.86 - inset * 1.5), (0.48 - inset, 0.66))
    return body or tail


def dots(x, y):
    return any((x - cx) ** 2 + (y - 0.44) ** 2 <= 0.055 ** 2 for cx in (0.34, 0.50, 0.66))


def coverage(size, inside):
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            hits = 0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    if inside((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size):
                        hits += 1
            row.append(hits / (SAMPLES * SAMPLES))
        rows.append(row)
    return rows


def write_png(path, size, pixel):
    raw = bytearray()
    for y in range(size):
        raw.append(0)  # filter: none
        for x in range(size):
            raw.extend(pixel(x, y))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(bytes(raw), 9))
    png += chunk(b"IEND", b"")
    with open(path, "wb") as handle:
        handle.write(png)


def main():
    here = os.path.dirname(os.path.abspath(__file__))

    size = 192
    shape = coverage(size, lambda x, y: bubble(x, y) and not dots(x, y))

    def color_pixel(x, y):
        a = shape[y][x]
        return bytes(round(w * a + c * (1 - a)) for w, c in zip(WHITE, ACCENT)) + b"\xff"

    write_png(os.path.join(here, "color.png"), size, color_pixel)

    size = 32
    ring = coverage(size, lambda x, y: bubble(x, y) and not bubble(x, y, inset=0.09))

    def outline_pixel(x, y):
        return bytes(WHITE) + bytes([round(255 * ring[y][x])])

    write_png(os.path.join(here, "outline.png"), size, outline_pixel)


if __name__ == "__main__":
    main()
