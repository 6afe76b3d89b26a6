//! What the seeded fuzz tests (`fuzz.rs`, `fuzz_search.rs`) share.

/// xorshift64*: small, seeded, good enough to pick bytes and pieces. A fixed
/// seed makes a failure reproducible.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// How many runs to make: `GS_FUZZ_RUNS` when set (to run more), else `default`.
pub fn runs(default: usize) -> usize {
    std::env::var("GS_FUZZ_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}
