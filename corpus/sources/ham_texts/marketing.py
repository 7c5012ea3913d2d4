"""marketing"""
from ham_texts import M, P, gm_quote, ol_quote, sig  # noqa: F401
