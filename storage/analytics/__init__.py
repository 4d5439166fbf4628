"""Set-wise figures for the insight questions: each function is a few aggregate queries, never a loop over rows.

docs/insights.md defines every figure. Money is always grouped by currency: nothing here converts or adds
amounts of different currencies.
"""
