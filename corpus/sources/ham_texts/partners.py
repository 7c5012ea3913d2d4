"""partners"""
