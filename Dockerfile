# The ctgraph API (and CLI) image; Neo4j comes from the official image in docker-compose.yml.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY ctgraph ./ctgraph
COPY api ./api
COPY graph ./graph
COPY extract ./extract
COPY cypher ./cypher
COPY data ./data
# A regular install: cypher/, patterns and styles are package data.
RUN pip install --no-cache-dir . && useradd --create-home ctgraph
USER ctgraph
ENV CTGRAPH_API_HOST=0.0.0.0
EXPOSE 8000
CMD ["ctgraph", "serve"]
