"""overlap"""
