#pragma once

// Private to core/transcode: the hand-off between the decoding thread and the encoder.

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace tunedrop {

// Planar float samples in [-1, 1] at the MP3's rate, plus how far through the input they are.
struct PcmChunk {
    std::vector<float> left;
    std::vector<float> right;  // empty for mono
    int samples = 0;
    double progress = 0.0;     // 0..1 of the input consumed when this chunk was produced
};

// Bounded single-producer/single-consumer queue. The bound keeps memory flat however fast
// the decoder runs ahead of LAME; close() wakes both sides for end-of-stream or abort.
class PcmQueue {
public:
    explicit PcmQueue(std::size_t capacity) : m_capacity(capacity) {}

    // False when the queue was closed (consumer gave up): the producer should stop.
    bool push(PcmChunk &&chunk)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_closed || m_chunks.size() < m_capacity; });
        if (m_closed)
            return false;
        m_chunks.push_back(std::move(chunk));
        m_notEmpty.notify_one();
        return true;
    }

    // nullopt when closed and drained.
    std::optional<PcmChunk> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return m_closed || !m_chunks.empty(); });
        if (m_chunks.empty())
            return std::nullopt;
        PcmChunk chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_notFull.notify_one();
        return chunk;
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<PcmChunk> m_chunks;
    std::size_t m_capacity;
    bool m_closed = false;
};

}  // namespace tunedrop
